import BallastCore

/// The absolute position per instrument after the order stays within its limit.
public struct MaxPositionRule: PreTradeRule {
    public let name = RiskRuleName.maxPosition
    public var defaultLots: Quantity?
    public var bySymbol: [String: Quantity]

    public init(defaultLots: Quantity?, bySymbol: [String: Quantity] = [:]) {
        self.defaultLots = defaultLots
        self.bySymbol = bySymbol
    }

    public func check(_ check: RiskCheck) -> RiskDecision {
        guard let limit = bySymbol[check.symbol] ?? defaultLots else { return .accept(check.order) }
        let after = Quantity(raw: abs(check.positionAfter.raw))
        guard after > limit else { return .accept(check.order) }
        return reject("\(check.symbol) position after \(Shown.lots(after)) > max \(Shown.lots(limit))")
    }
}
