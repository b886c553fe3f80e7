import BallastCore

/// What the exchange counts for each market as bars pass.
@usableFromInline
struct MarketTally: Sendable {
    @usableFromInline var barsSeen = 0
    /// High − low of the latest bar (raw), for volatility slippage on the next fill.
    @usableFromInline var previousRange: Int64 = 0

    init() {}

    @inlinable
    mutating func count(_ bar: Bar) {
        barsSeen &+= 1
        previousRange = bar.high.raw &- bar.low.raw
    }
}
