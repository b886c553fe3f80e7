import BallastCore
import BallastData

/// One symbol's ticks to replay: columns in memory or a stored series (read in place).
public struct TickSeries: Sendable {
    /// Where the ticks live: columns in memory, or memory-mapped store partitions.
    public enum Source: Sendable {
        case columns(TickColumns)
        case stored(StoredTicks)
    }

    public var symbol: String
    public var source: Source
    /// When set, the strategy also gets bars of this timeframe built from the ticks (see
    /// `BacktestRunner.run(bars:ticks:)`): bar strategies then trade on ticks' bid and ask.
    public var barTimeframe: Timeframe?

    public init(symbol: String, columns: TickColumns, barTimeframe: Timeframe? = nil) {
        self.symbol = symbol
        source = .columns(columns)
        self.barTimeframe = barTimeframe
    }

    public init(symbol: String, stored: StoredTicks, barTimeframe: Timeframe? = nil) {
        self.symbol = symbol
        source = .stored(stored)
        self.barTimeframe = barTimeframe
    }

    public var count: Int {
        switch source {
        case .columns(let c): c.count
        case .stored(let s): s.count
        }
    }

    /// Calls `body` with every tick in order (absent sides are nil).
    @inlinable
    public func forEach(_ body: (Tick) -> Void) {
        switch source {
        case .columns(let c):
            for i in 0..<c.count {
                body(Self.tick(c.time[i], c.bid[i], c.ask[i], c.last[i], c.volume[i], c.flags[i]))
            }
        case .stored(let s):
            for p in s.partitions {
                for i in 0..<p.count {
                    body(Self.tick(p.time[i], p.bid[i], p.ask[i], p.last[i], p.volume[i], p.flags[i]))
                }
            }
        }
    }

    @inlinable
    static func tick(_ t: Int64, _ b: Int64, _ a: Int64, _ l: Int64, _ v: Double, _ f: UInt32) -> Tick {
        @inline(__always) func price(_ raw: Int64) -> Price? { raw == TickColumns.missing ? nil : Price(raw: raw) }
        return Tick(time: Timestamp(nanoseconds: t), bid: price(b), ask: price(a), last: price(l), volume: v, flags: f)
    }
}
