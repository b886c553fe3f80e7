import BallastCore
import BallastData

/// Bars for the engine loop: an MT5 file or a seeded random walk.
struct EngineLoopData {
    var symbol: String
    var timeframe: Timeframe
    var bars: BarColumns
    /// One point in 10⁻⁹ units (10⁻⁵ for a five-digit quote).
    var pointRaw: Int64

    static func read(_ path: String) throws -> EngineLoopData {
        let result = try MT5BarsReader().read(try ByteSource(path: path), options: ReadOptions(zone: .utc))
        guard case .bars(let bars) = result.payload else { throw BenchError("\(path) holds no bars") }
        return EngineLoopData(symbol: result.symbol ?? "EURUSD", timeframe: result.timeframe ?? .m1, bars: bars,
                              pointRaw: FixedDecimal.power10[Price.decimals - result.priceDigits])
    }

    /// A five-digit random walk of M1 bars from 2024-01-02 with spreads of 5 to 15 points.
    static func synthetic(count: Int) -> EngineLoopData {
        var random = SplitMix64(seed: 20_240_102)
        var columns = BarColumns()
        columns.reserve(count)
        let point: Int64 = 10_000
        var close: Int64 = 110_000 * point
        var time = Timestamp(year: 2024, month: 1, day: 2).nanoseconds
        for _ in 0..<count {
            let open = close + (Int64(random.next() % 3) - 1) * point
            close = open + (Int64(random.next() % 21) - 10) * point
            let high = max(open, close) + Int64(random.next() % 4) * point
            let low = min(open, close) - Int64(random.next() % 4) * point
            columns.append(time: time, open: open, high: high, low: low, close: close, tickVolume: 10, volume: 0,
                           spread: Int32(5 + random.next() % 11))
            time += 60 * Timestamp.nanosPerSecond
        }
        return EngineLoopData(symbol: "EURUSD", timeframe: .m1, bars: columns, pointRaw: point)
    }
}
