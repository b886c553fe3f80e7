import BallastCore

/// Which bars a single-series strategy listens to: a given symbol and timeframe, or else the
/// first series that arrives (so its indicators never mix two series).
public struct SeriesFilter: Sendable, Hashable {
    @usableFromInline var symbol: String
    @usableFromInline var timeframe: Timeframe?
    @usableFromInline var locked: Bool
    /// The timeframe once locked, unwrapped: the per-bar test compares it without an optional.
    @usableFromInline var lockedTimeframe: Timeframe

    public init(symbol: String = "", timeframe: Timeframe? = nil) {
        self.symbol = symbol
        self.timeframe = timeframe
        locked = !symbol.isEmpty && timeframe != nil
        lockedTimeframe = timeframe ?? .m1
    }

    /// Whether the strategy should act on `event` (locking onto its series if none was chosen).
    @inlinable @inline(__always)
    public mutating func accepts(_ event: BarEvent) -> Bool {
        if locked { return event.timeframe == lockedTimeframe && event.symbol == symbol }
        if !symbol.isEmpty && event.symbol != symbol { return false }
        if let timeframe, event.timeframe != timeframe { return false }
        symbol = event.symbol
        timeframe = event.timeframe
        lockedTimeframe = event.timeframe
        locked = true
        return true
    }
}
