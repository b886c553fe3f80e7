/// How one triple-barrier event ended.
public struct BarrierOutcome: Sendable, Hashable {
    /// Which barrier ended the event.
    public enum Touch: UInt8, Sendable, Hashable {
        case profitTake, stopLoss
        /// The vertical barrier: `maxBars` bars passed without a horizontal touch.
        case vertical
        /// No label: the data ended first, the volatility was missing, or the side was 0.
        case unresolved
    }

    /// The bar at whose close the event starts (the entry is that close).
    public var start: Int
    /// The bar in which a barrier was touched (or the last bar looked at, if unresolved).
    public var end: Int
    /// +1 long, −1 short (+1 for symmetric events).
    public var side: Int8
    public var touch: Touch
    /// The log return of the position to the exit, times `side` (positive = profitable);
    /// NaN when unresolved.
    public var logReturn: Double
    /// The open times (UTC ns) of bars `start` and `end`: the event's span for purging.
    public var startTime: Int64
    public var endTime: Int64

    public init(start: Int, end: Int, side: Int8, touch: Touch, logReturn: Double, startTime: Int64, endTime: Int64) {
        self.start = start
        self.end = end
        self.side = side
        self.touch = touch
        self.logReturn = logReturn
        self.startTime = startTime
        self.endTime = endTime
    }

    public var isResolved: Bool { touch != .unresolved }

    /// −1, 0 or +1: the sign of `logReturn` (0 when unresolved). For symmetric events this is
    /// the direction the price went; with a primary side it says whether the side paid.
    public var label: Int8 {
        guard isResolved else { return 0 }
        return logReturn > 0 ? 1 : (logReturn < 0 ? -1 : 0)
    }

    /// The meta-label of a primary signal: 1 when its side was profitable at the barrier,
    /// else 0; nil when unresolved.
    public var metaLabel: Int8? { isResolved ? (logReturn > 0 ? 1 : 0) : nil }

    /// The bars the label depends on, for uniqueness weights and purging.
    public var span: ClosedRange<Int> { start...end }
}
