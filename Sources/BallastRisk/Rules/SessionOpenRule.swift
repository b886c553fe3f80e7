/// No orders while the instrument's session calendar says the market is closed.
public struct SessionOpenRule: PreTradeRule {
    public let name = RiskRuleName.sessionOpen

    public init() {}

    public func check(_ check: RiskCheck) -> RiskDecision {
        let time = check.snapshot.time
        guard !check.instrument.calendar.isOpen(at: time) else { return .accept(check.order) }
        return reject("\(check.symbol) is closed at \(time.iso8601)")
    }
}
