import BallastCore

/// Another slippage model's slippage times a factor (stress: slippage ×2).
public struct ScaledSlippage: SlippageModel {
    public var base: any SlippageModel
    public var factor: Int64

    public init(_ base: any SlippageModel, factor: Int64) {
        self.base = base
        self.factor = factor
    }

    public func slippage(previousRange: Price, point: Price) -> Price {
        Price(raw: base.slippage(previousRange: previousRange, point: point).raw * factor)
    }

    public var readsPreviousRange: Bool { base.readsPreviousRange }
}
