import BallastCore

/// Leverage (gross notional / equity) and free margin after the order's initial margin
/// (notional × the instrument's margin rate) stay within limits.
public struct MarginRule: PreTradeRule {
    public let name = RiskRuleName.margin
    public var maxLeverage: Double?
    /// Free margin after the order must be at least this fraction of equity.
    public var minFreeMarginFraction: Double?

    public init(maxLeverage: Double?, minFreeMarginFraction: Double?) {
        self.maxLeverage = maxLeverage
        self.minFreeMarginFraction = minFreeMarginFraction
    }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let account = check.snapshot.account
        guard account.equity.raw > 0 else { return reject("equity \(Shown.money(account.equity)) is not positive") }
        if let maxLeverage {
            let gross = check.exposureAfter(check.accountPositions).gross
            let leverage = RiskMath.ratio(gross, to: account.equity)
            if leverage > maxLeverage {
                return reject("leverage after \(Shown.ratio(leverage)) (\(Shown.money(gross)) / \(Shown.money(account.equity))) "
                    + "> max \(Shown.ratio(maxLeverage))")
            }
        }
        guard let minFreeMarginFraction else { return .accept(check.order) }
        let notional = check.notional(check.order.quantity, at: check.orderPrice)
        let margin = RiskMath.margin(notional, rate: check.instrument.spec.marginRate)
        let after = account.freeMargin - margin
        let floor = RiskMath.fraction(minFreeMarginFraction, of: account.equity)
        guard after < floor else { return .accept(check.order) }
        return reject("free margin after \(Shown.money(after)) (\(Shown.money(account.freeMargin)) − margin "
            + "\(Shown.money(margin))) < min \(Shown.money(floor)) (\(Shown.ratio(minFreeMarginFraction)) × equity)")
    }
}
