import BallastCore

/// A fixed number of points on every market and stop fill.
public struct FixedSlippage: SlippageModel {
    public var points: Int64

    public init(points: Int64) { self.points = points }

    public func slippage(previousRange: Price, point: Price) -> Price {
        Price(raw: points * point.raw)
    }

    public var readsPreviousRange: Bool { false }
}
