import BallastCore

/// The spread of the fill bar's own `<SPREAD>` column (MT5 exports the smallest spread seen in
/// the bar), times `multiplier` for stress tests (spread ×2, ×3).
public struct BarSpread: SpreadModel {
    public var multiplier: Int64

    public init(multiplier: Int64 = 1) { self.multiplier = multiplier }

    public func spreadPoints(for bar: Bar) -> Int64 { Int64(bar.spread) * multiplier }
}
