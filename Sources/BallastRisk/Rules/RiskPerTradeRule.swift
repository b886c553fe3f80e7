import BallastCore

/// The loss an order risks at its stop stays within a fraction of account equity:
/// |entry − stop| × lots × contract size × quoteToAccount. The entry is the order's price (its
/// limit or stop price, else the quote it would take), the stop its bracket's stop loss. Orders
/// without a stop loss have no stated risk and pass (a sleeve's `maxRiskPerTrade` refuses them).
public struct RiskPerTradeRule: PreTradeRule {
    public let name = RiskRuleName.riskPerTrade
    /// Largest risk to the stop as a fraction of equity (0.01: 1 %).
    public var maxFraction: Double

    public init(maxFraction: Double) { self.maxFraction = maxFraction }

    public func check(_ check: RiskCheck) -> RiskDecision {
        guard let stop = check.order.bracket?.stopLoss else { return .accept(check.order) }
        let equity = check.snapshot.account.equity
        guard equity.raw > 0 else { return reject("equity \(Shown.money(equity)) is not positive") }
        let entry = check.orderPrice
        let (distance, risk) = check.risk(toStop: stop)
        let limit = RiskMath.fraction(maxFraction, of: equity)
        guard risk > limit else { return .accept(check.order) }
        let spec = check.instrument.spec
        return reject("risk to stop \(Shown.money(risk)) (|\(entry) − \(stop)| = \(distance) × \(Shown.lots(check.order.quantity)) "
            + "× \(spec.contractSize) × \(check.instrument.quoteToAccount)) = \(Shown.ratio(RiskMath.ratio(risk, to: equity))) "
            + "of equity > max \(Shown.ratio(maxFraction)) (\(Shown.money(limit)))")
    }
}
