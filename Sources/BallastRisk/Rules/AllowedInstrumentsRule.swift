/// Only instruments on the allowed list may trade (reduce-only orders still close positions).
public struct AllowedInstrumentsRule: PreTradeRule {
    public let name = RiskRuleName.allowedInstruments
    public var allowed: Set<String>

    public init(allowed: Set<String>) { self.allowed = allowed }

    public func check(_ check: RiskCheck) -> RiskDecision {
        guard !allowed.contains(check.symbol) else { return .accept(check.order) }
        return reject("\(check.symbol) is not in the allowed instruments (\(allowed.sorted().joined(separator: ", ")))")
    }
}
