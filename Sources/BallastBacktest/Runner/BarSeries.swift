import BallastCore
import BallastData

/// One symbol's bars to replay: columns in memory or a stored series (read in place).
public struct BarSeries: Sendable {
    /// Where the bars live: columns in memory, or memory-mapped store partitions.
    public enum Source: Sendable {
        case columns(BarColumns)
        case stored(StoredBars)
    }

    public var symbol: String
    public var timeframe: Timeframe
    public var source: Source

    public init(symbol: String, timeframe: Timeframe, columns: BarColumns) {
        self.symbol = symbol
        self.timeframe = timeframe
        source = .columns(columns)
    }

    public init(symbol: String, timeframe: Timeframe, stored: StoredBars) {
        self.symbol = symbol
        self.timeframe = timeframe
        source = .stored(stored)
    }

    public var count: Int {
        switch source {
        case .columns(let c): c.count
        case .stored(let s): s.count
        }
    }
}
