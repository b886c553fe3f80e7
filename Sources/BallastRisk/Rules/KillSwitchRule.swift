/// Engaged kill switches block risk-increasing orders. Under `stopNewOrders` and
/// `cancelWorking` reduce-only orders pass; under `flatten` nothing passes (the board's own
/// flattening orders are sent by the router directly).
public struct KillSwitchRule: PreTradeRule {
    public let name = RiskRuleName.killSwitch

    public init() {}

    public func check(_ check: RiskCheck) -> RiskDecision {
        let snapshot = check.snapshot
        guard let grade = snapshot.haltGrade else { return .accept(check.order) }
        if grade < .flatten, check.isReduceOnly { return .accept(check.order) }
        let names = snapshot.engagedKillSwitches.keys.sorted().map(\.rawValue)
        let what = grade == .flatten ? "no orders pass" : "only reduce-only orders pass"
        return reject("kill switch \(names.joined(separator: ", ")) engaged (\(grade.rawValue)): \(what)")
    }
}
