import BallastCore

/// No single order larger than `maxLots`.
public struct MaxOrderSizeRule: PreTradeRule {
    public let name = RiskRuleName.maxOrderSize
    public var maxLots: Quantity

    public init(maxLots: Quantity) { self.maxLots = maxLots }

    public func check(_ check: RiskCheck) -> RiskDecision {
        guard check.order.quantity > maxLots else { return .accept(check.order) }
        return reject("order \(Shown.lots(check.order.quantity)) > max \(Shown.lots(maxLots))")
    }
}
