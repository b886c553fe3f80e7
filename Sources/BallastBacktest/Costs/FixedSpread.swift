import BallastCore

/// One spread for every bar, for data without a `<SPREAD>` column.
public struct FixedSpread: SpreadModel {
    public var points: Int64

    public init(points: Int64) { self.points = points }

    public func spreadPoints(for bar: Bar) -> Int64 { points }
}
