import BallastBacktest
import BallastCore
import BallastData

/// One `--symbol` of a backtest: its instrument and the stored series replayed for it.
struct BacktestLeg {
    /// The stored series: bars, or ticks the strategy's bars are built from.
    enum Data {
        case bars(StoredBars)
        case ticks(StoredTicks)
    }

    let instrument: Instrument
    let data: Data

    var symbol: String { instrument.symbol }

    /// Rows replayed: bars or ticks.
    var count: Int {
        switch data {
        case .bars(let b): b.count
        case .ticks(let t): t.count
        }
    }

    /// `SYMBOL`, `SYMBOL/TF` or `SYMBOL/ticks` (`ballast data ls` spells series so): without a
    /// suffix the symbol's ticks with `--ticks`, else its bars of `timeframe`.
    static func parse(_ text: String, timeframe: Timeframe, ticks: Bool) throws -> (symbol: String, frame: Timeframe?) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return (text, ticks ? nil : timeframe) }
        if ["tick", "ticks"].contains(parts[1].lowercased()) { return (parts[0], nil) }
        guard let frame = Timeframe(parsing: parts[1]) else {
            throw CLIError(.usage, "--symbol \(text): '\(parts[1])' is neither a timeframe nor 'ticks'")
        }
        return (parts[0], frame)
    }

    /// The leg's stored series between `from` and `to`; a usage error when it is missing or too short.
    static func load(_ instrument: Instrument, frame: Timeframe?, from: Timestamp?, to: Timestamp?, home: String) throws -> BacktestLeg {
        let symbol = instrument.symbol
        do {
            let store = BarStore(home: home)
            if let frame {
                let stored = try store.bars(.bars(symbol, frame), from: from, to: to)
                guard stored.count > 1 else { throw CLIError(.usage, "\(symbol)/\(frame.rawValue) has \(stored.count) bars in that range") }
                return BacktestLeg(instrument: instrument, data: .bars(stored))
            }
            let stored = try store.ticks(.ticks(symbol), from: from, to: to)
            guard stored.count > 1 else { throw CLIError(.usage, "\(symbol)/ticks has \(stored.count) ticks in that range") }
            return BacktestLeg(instrument: instrument, data: .ticks(stored))
        } catch let error as StoreError {
            throw CLIError(.usage, "\(error.description) (import it first: `ballast data import`)")
        }
    }

    /// The leg's price at each of `times` (UTC ns, ascending): the latest bar close, or tick bid
    /// (else last), at or before it; the first price before any. For the tearsheet's price chart.
    func prices(at times: [Int64], frameNanos: Int64) -> [Double] {
        var own: [(time: Int64, price: Int64)] = []
        switch data {
        case .bars(let b):
            for p in b.partitions { for i in 0..<p.count { own.append((p.time[i] + frameNanos, p.close[i])) } }
        case .ticks(let t):
            for p in t.partitions {
                for i in 0..<p.count {
                    let price = p.bid[i] != TickColumns.missing ? p.bid[i] : p.last[i]
                    if price != TickColumns.missing { own.append((p.time[i], price)) }
                }
            }
        }
        guard let first = own.first else { return [] }
        var j = 0, current = first.price
        return times.map { t in
            while j < own.count, own[j].time <= t { current = own[j].price; j += 1 }
            return Double(current) / Double(Price.scale)
        }
    }

    /// The leg's traded volume per bar: its bars' open times and volumes, or its ticks' volumes
    /// summed into UTC buckets of `frameNanos`. What the capacity estimate compares fills with.
    func volumeBars(frameNanos: Int64) -> (openTimes: [Int64], volumes: [Double]) {
        switch data {
        case .bars(let b):
            return (b.partitions.flatMap { Array($0.time) }, b.partitions.flatMap { Array($0.volume) })
        case .ticks(let t):
            var openTimes: [Int64] = [], volumes: [Double] = []
            for p in t.partitions {
                for i in 0..<p.count {
                    let open = p.time[i] - ((p.time[i] % frameNanos) + frameNanos) % frameNanos
                    if openTimes.last == open { volumes[volumes.count - 1] += p.volume[i] } else {
                        openTimes.append(open)
                        volumes.append(p.volume[i])
                    }
                }
            }
            return (openTimes, volumes)
        }
    }
}
