/// Inside the weekend window before an instrument's long close, only reduce-only orders pass.
public struct WeekendRule: PreTradeRule {
    public let name = RiskRuleName.weekend
    public var policy: WeekendPolicy

    public init(policy: WeekendPolicy) { self.policy = policy }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let time = check.snapshot.time
        guard !check.isReduceOnly, let close = policy.windowClose(for: check.instrument, at: time) else {
            return .accept(check.order)
        }
        let minutes = (close.nanoseconds - time.nanoseconds) / (60 * 1_000_000_000)
        return reject("\(check.symbol) closes for the weekend at \(close.iso8601) (in \(minutes) min, "
            + "window \(policy.leadSeconds / 60) min): only reduce-only orders pass")
    }
}
