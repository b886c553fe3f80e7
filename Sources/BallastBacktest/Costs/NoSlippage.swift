import BallastCore

/// No slippage.
public struct NoSlippage: SlippageModel {
    public init() {}

    public func slippage(previousRange: Price, point: Price) -> Price { .zero }

    public var readsPreviousRange: Bool { false }
}
