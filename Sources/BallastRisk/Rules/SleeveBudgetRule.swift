import BallastCore

/// Each strategy spends only its own sleeve: its daily loss, its gross exposure after the order,
/// and the order's risk to its stop, each against that sleeve's budget alone.
public struct SleeveBudgetRule: PreTradeRule {
    public let name = RiskRuleName.sleeveBudget
    public var budgets: [String: SleeveBudget]

    public init(budgets: [String: SleeveBudget]) { self.budgets = budgets }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let sleeve = check.intent.strategy
        guard let budget = budgets[sleeve] else { return reject("strategy \(sleeve) has no sleeve budget") }
        let state = check.snapshot.sleeves[sleeve] ?? SleeveState(dailyRealisedPnL: .zero(check.currency))
        let equity = check.snapshot.account.equity
        if let maxLoss = budget.maxDailyLoss, -state.dailyRealisedPnL.raw >= maxLoss.raw {
            return reject("sleeve \(sleeve) lost \(Shown.money(Money(raw: -state.dailyRealisedPnL.raw, currency: check.currency))) "
                + "today ≥ its max daily loss \(Shown.money(maxLoss))")
        }
        if let cap = budget.maxGrossExposure {
            let gross = check.exposureAfter(state.positions).gross
            let limit = RiskMath.fraction(cap, of: equity)
            if gross > limit {
                return reject("sleeve \(sleeve) gross exposure after \(Shown.money(gross)) > its budget "
                    + "\(Shown.money(limit)) (\(Shown.ratio(cap)) × equity)")
            }
        }
        return checkRisk(check, sleeve: sleeve, budget: budget, equity: equity)
    }

    private func checkRisk(_ check: RiskCheck, sleeve: String, budget: SleeveBudget, equity: Money) -> RiskDecision {
        guard let cap = budget.maxRiskPerTrade else { return .accept(check.order) }
        guard let stop = check.order.bracket?.stopLoss else {
            return reject("sleeve \(sleeve) limits risk per trade to \(Shown.ratio(cap)) × equity; the order has no stop loss")
        }
        let risk = check.risk(toStop: stop).money
        let limit = RiskMath.fraction(cap, of: equity)
        guard risk > limit else { return .accept(check.order) }
        return reject("sleeve \(sleeve) risk to stop \(Shown.money(risk)) > its max \(Shown.money(limit)) (\(Shown.ratio(cap)) × equity)")
    }
}
