import BallastCore

/// What the bar prices are, and so how the spread is paid.
public enum SpreadConvention: Sendable, Hashable {
    /// Bar prices are mid prices: buys execute at price + spread/2, sells at price − spread/2
    /// (the peer standard: half the spread on every fill).
    case halfEachSide
    /// Bar prices are bids (MT5's charts): buys execute at the ask, price + spread; sells at the bid.
    case bidPrices

    /// Price adjustments (raw) for buys and sells given the full spread (raw): added to a buy,
    /// subtracted from a sell.
    @inlinable
    func adjustments(spread: Int64) -> (buy: Int64, sell: Int64) {
        switch self {
        case .halfEachSide: (spread / 2, spread / 2)
        case .bidPrices: (spread, 0)
        }
    }
}
