import BallastCore

/// Another spread model's spread times a factor (stress: spread ×2, ×3). A `BarSpread` is
/// scaled through its own multiplier.
public struct ScaledSpread: SpreadModel {
    public var base: any SpreadModel
    public var factor: Int64

    /// `base` times `factor`: a `BarSpread` with its multiplier raised, else a wrapper.
    public static func scaling(_ base: any SpreadModel, by factor: Int64) -> any SpreadModel {
        if let bars = base as? BarSpread { return BarSpread(multiplier: bars.multiplier * factor) }
        return ScaledSpread(base, factor: factor)
    }

    public init(_ base: any SpreadModel, factor: Int64) {
        self.base = base
        self.factor = factor
    }

    public func spreadPoints(for bar: Bar) -> Int64 { base.spreadPoints(for: bar) * factor }
}
