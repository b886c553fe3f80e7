import BallastCore

/// What the exchange counts for each market as bars pass.
@usableFromInline
struct MarketTally: Sendable {
    /// Bars (and ticks) processed while the market held orders: only differences between two
    /// counts matter (an order arrives so many bars after it was sent), and those are the same.
    @usableFromInline var barsSeen = 0
    /// High − low of the latest bar (raw), for volatility slippage on the next fill.
    @usableFromInline var previousRange: Int64 = 0

    init() {}
}
