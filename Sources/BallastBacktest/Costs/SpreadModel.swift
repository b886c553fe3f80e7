import BallastCore

/// The bid-ask spread a fill pays, in points of the instrument (MT5 quotes spreads in points:
/// 12 points on a 5-digit EURUSD is 0.00012).
///
/// How the spread splits between buys and sells is the exchange's `SpreadConvention`.
public protocol SpreadModel: Sendable {
    /// The full spread, in points, for a fill on `bar`.
    func spreadPoints(for bar: Bar) -> Int64
}

/// The spread of the fill bar's own `<SPREAD>` column (MT5 exports the smallest spread seen in
/// the bar), times `multiplier` for stress tests (spread ×2, ×3).
public struct BarSpread: SpreadModel {
    public var multiplier: Int64

    public init(multiplier: Int64 = 1) { self.multiplier = multiplier }

    public func spreadPoints(for bar: Bar) -> Int64 { Int64(bar.spread) * multiplier }
}

/// One spread for every bar, for data without a `<SPREAD>` column.
public struct FixedSpread: SpreadModel {
    public var points: Int64

    public init(points: Int64) { self.points = points }

    public func spreadPoints(for bar: Bar) -> Int64 { points }
}

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
