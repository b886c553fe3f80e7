import BallastCore

/// Gross and net notional exposure after the order, as multiples of equity, stay within caps.
public struct ExposureRule: PreTradeRule {
    public let name = RiskRuleName.exposure
    public var maxGross: Double?
    public var maxNet: Double?

    public init(maxGross: Double?, maxNet: Double?) {
        self.maxGross = maxGross
        self.maxNet = maxNet
    }

    public func check(_ check: RiskCheck) -> RiskDecision {
        let equity = check.snapshot.account.equity
        guard equity.raw > 0 else { return reject("equity \(Shown.money(equity)) is not positive") }
        let (gross, net) = check.exposureAfter(check.accountPositions)
        for (label, value, cap) in [("gross", gross, maxGross), ("net", net, maxNet)] {
            guard let cap else { continue }
            let ratio = RiskMath.ratio(value, to: equity)
            if ratio > cap {
                return reject("\(label) exposure after \(Shown.money(value)) = \(Shown.ratio(ratio)) × equity "
                    + "> max \(Shown.ratio(cap)) × equity (\(Shown.money(RiskMath.fraction(cap, of: equity))))")
            }
        }
        return .accept(check.order)
    }
}
