import BallastCore

/// A fraction of the previous bar's range (high − low), rounded to the nearest point, plus a
/// fixed floor in points: slippage grows with volatility. The previous bar is used, not the fill
/// bar, so the cost never depends on prices after the fill.
public struct VolatilitySlippage: SlippageModel {
    /// The fraction of the range in parts per million (0.1 = 100,000 ppm).
    public let partsPerMillion: Int64
    public var minimumPoints: Int64

    public init(fractionOfRange: Double, minimumPoints: Int64 = 0) {
        partsPerMillion = Int64((fractionOfRange * 1e6).rounded())
        self.minimumPoints = minimumPoints
    }

    public func slippage(previousRange: Price, point: Price) -> Price {
        let point = point.raw
        let scaled = FixedMath.divideRounded(Int128(previousRange.raw) * Int128(partsPerMillion), by: 1_000_000)
        let points = FixedMath.divideRounded(Int128(scaled), by: Int128(point))
        return Price(raw: max(points, minimumPoints) * point)
    }
}
