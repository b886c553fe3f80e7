/// At most `maxPerMinute` orders in any minute (counting this one).
public struct OrderRateRule: PreTradeRule {
    public let name = RiskRuleName.orderRate
    public var maxPerMinute: Int

    public init(maxPerMinute: Int) { self.maxPerMinute = maxPerMinute }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let snapshot = check.snapshot
        let sent = snapshot.ordersSent.count(at: snapshot.time, seconds: 60)
        guard sent + 1 > maxPerMinute else { return .accept(check.order) }
        return reject("\(sent) orders sent in the last minute; this one would exceed max \(maxPerMinute) per minute")
    }
}
