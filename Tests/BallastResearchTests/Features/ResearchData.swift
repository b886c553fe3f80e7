import BallastCore
import BallastData
import BallastResearch
import BallastTestSupport
import Testing

/// Real bar series from the shared data folder, and helpers shared by the feature tests.
enum ResearchData {
    /// A primary series, a second real series for cross-instrument features, and the spec
    /// (every feature kind plus a cross-instrument return) to run over them.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bars: BarColumns
        var other: BarColumns
        var spec: FeatureSpec
        var testDescription: String { name }
    }

    static func read(_ reader: some FormatReader, _ path: String, first count: Int) throws -> BarColumns {
        let result = try reader.read(try ByteSource(path: TestData.path(path)), options: ReadOptions(zone: .utc))
        guard case .bars(let columns) = result.payload else { return BarColumns() }
        return columns.selecting(Array(0..<min(count, columns.count)))
    }

    static func spec(_ timeframe: Timeframe, other: Timeframe) -> FeatureSpec {
        var spec = FeatureSpec.standard(timeframe: timeframe)
        var cross = FeatureSpec.Entry(.crossReturn, periods: [1, 3])
        cross.instrument = "OTHER"
        cross.timeframe = other
        spec.features.append(cross)
        return spec
    }

    /// HistData EURUSD M1 (January 2017) with its own M5 aggregation as the other series,
    /// MT5 XAUUSD M5 (spread and tick volume) with the same feed's H1 bars, and Dukascopy
    /// EURUSD H1 with GBPUSD H1.
    static func cases() throws -> [Case] {
        let m1 = try read(HistDataM1Reader(), "histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz", first: 4000)
        let m5 = try read(MT5BarsReader(), "mt5/XAUUSD_M5_20250102-20251027.csv.gz", first: 4000)
        let h1 = try read(MT5BarsReader(), "mt5/XAUUSD_H1_20250102-20251027.csv.gz", first: 400)
        let eur = try read(DukascopyReader(), "dukascopy/EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz", first: 3000)
        let gbp = try read(DukascopyReader(), "dukascopy/GBPUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz", first: 3000)
        return [
            Case(name: "EURUSD M1 × M5", bars: m1, other: aggregate(m1, minutes: 5), spec: spec(.m1, other: .m5)),
            Case(name: "XAUUSD M5 × H1", bars: m5, other: h1, spec: spec(.m5, other: .h1)),
            Case(name: "EURUSD H1 × GBPUSD H1", bars: eur, other: gbp, spec: spec(.h1, other: .h1)),
        ]
    }

    /// Bars grouped into `minutes`-long UTC buckets (open of the first, extremes, close of the last).
    static func aggregate(_ bars: BarColumns, minutes: Int64) -> BarColumns {
        var out = BarColumns()
        let length = minutes * 60 * Timestamp.nanosPerSecond
        var i = 0
        while i < bars.count {
            let bucket = floorDiv(bars.time[i], length) * length
            var j = i, high = bars.high[i], low = bars.low[i], ticks: Int64 = 0
            while j < bars.count, floorDiv(bars.time[j], length) * length == bucket {
                high = max(high, bars.high[j]); low = min(low, bars.low[j]); ticks += bars.tickVolume[j]
                j += 1
            }
            out.append(time: bucket, open: bars.open[i], high: high, low: low, close: bars.close[j - 1],
                       tickVolume: ticks, volume: 0, spread: bars.spread[j - 1])
            i = j
        }
        return out
    }

    /// A copy of `bars` in which every field of every bar from `first` on is replaced by random
    /// but plausible values (times stay increasing, highs and lows bound opens and closes).
    static func scrambled(_ bars: BarColumns, from first: Int, rng: inout SplitMix64) -> BarColumns {
        var out = bars.selecting(Array(0..<first))
        var time = first > 0 ? bars.time[first - 1] : bars.time[0] - 60 * Timestamp.nanosPerSecond
        var price = Double(first > 0 ? bars.close[first - 1] : bars.close[0])
        for i in first..<bars.count {
            time = max(time + Timestamp.nanosPerSecond, bars.time[i] + Int64(rng.next() % 7) * 60 * Timestamp.nanosPerSecond)
            let open = price * (1 + 0.01 * (rng.nextUnit() - 0.5))
            price = open * (1 + 0.02 * (rng.nextUnit() - 0.5))
            let high = max(open, price) * (1 + 0.005 * rng.nextUnit()), low = min(open, price) * (1 - 0.005 * rng.nextUnit())
            out.append(time: time, open: Int64(open), high: Int64(high), low: Int64(low), close: Int64(price),
                       tickVolume: Int64(rng.next() % 500), volume: rng.nextUnit() * 1e4, spread: Int32(rng.next() % 40))
        }
        return out
    }

    /// Whether two rows hold the same bits (NaN equal to NaN).
    static func sameBits(_ a: ArraySlice<Float>, _ b: ArraySlice<Float>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}
