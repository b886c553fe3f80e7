import BallastCore

/// How long an order, cancel or modify takes to reach the simulated venue. Zero (the default)
/// means an order decided at a bar's close works from the next bar of its symbol.
public struct OrderLatency: Sendable, Hashable {
    /// Bars of the order's symbol that pass before it arrives (1 = it misses the next bar).
    public var bars: Int
    /// Time after the decision; the order works from the first bar opening at or after it.
    public var nanoseconds: Int64

    public init(bars: Int = 0, nanoseconds: Int64 = 0) {
        self.bars = bars
        self.nanoseconds = nanoseconds
    }

    public static let none = OrderLatency()
}
