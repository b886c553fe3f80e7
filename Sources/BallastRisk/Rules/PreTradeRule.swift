/// One pre-trade rule: a small value with a stable name that accepts the order (possibly
/// resized) or rejects it with the numbers that decided.
public protocol PreTradeRule: Sendable {
    var name: RiskRuleName { get }
    func check(_ check: RiskCheck) -> RiskDecision
}

extension PreTradeRule {
    /// A rejection under this rule's name.
    func reject(_ reason: String) -> RiskDecision { .reject(rule: name.rawValue, reason: reason) }
}
