import BallastCore

/// The bid-ask spread a fill pays, in points of the instrument (MT5 quotes spreads in points:
/// 12 points on a 5-digit EURUSD is 0.00012).
///
/// How the spread splits between buys and sells is the exchange's `SpreadConvention`.
public protocol SpreadModel: Sendable {
    /// The full spread, in points, for a fill on `bar`.
    func spreadPoints(for bar: Bar) -> Int64
}
