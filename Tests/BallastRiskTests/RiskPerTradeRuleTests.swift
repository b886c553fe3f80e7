import BallastCore
import Testing
@testable import BallastRisk

@Suite struct RiskPerTradeRuleTests {
    typealias F = RiskFixtures

    static let manager = F.manager(RiskLimits(maxRiskPerTrade: 0.005))

    @Test func bracketStopAgainstTheEntryQuote() {
        let s = F.snapshot()
        // Buy 1 lot at the ask 1.10005, stop 1.09505: 0.005 × 100 000 = 500 USD = 0.005 of equity: at the limit.
        #expect(Self.manager.evaluate(F.intent(.buy, "1", stop: "1.09505"), in: s).accepted != nil)
        // Stop 1.09005: 0.01 × 100 000 = 1 000 USD = 0.01 > 0.005 (500 USD).
        #expect(Self.manager.evaluate(F.intent(.buy, "1", stop: "1.09005"), in: s) == .reject(rule: "riskPerTrade",
            reason: "risk to stop 1000.00 USD (|1.10005 − 1.09005| = 0.01 × 1.00 lots × 100000 × 1) = 0.01 of equity "
                + "> max 0.005 (500.00 USD)"))
        // No stop loss: no stated risk, the rule passes it.
        #expect(Self.manager.evaluate(F.intent(.buy, "1"), in: s).accepted != nil)
    }

    @Test func stopEntryInQuoteCurrency() {
        // EURJPY sell stop at 160.000, stop loss 160.600: 0.6 JPY × 0.5 lots × 100 000 = 30 000 JPY
        // × 0.006666667 = 200.00001 USD = 0.002 of equity: passes 0.005, fails 0.0015 (150 USD).
        let intent = F.intent("EURJPY", .sell, "0.5", type: .stop(F.price("160")), stop: "160.6", reference: "160.2")
        #expect(Self.manager.evaluate(intent, in: F.snapshot()).accepted != nil)
        let tight = F.manager(RiskLimits(maxRiskPerTrade: 0.0015))
        #expect(tight.evaluate(intent, in: F.snapshot()).reason == "risk to stop 200.00 USD (|160 − 160.6| = 0.6 × 0.50 lots "
            + "× 100000 × 0.006666667) = 0.002 of equity > max 0.0015 (150.00 USD)")
    }

    @Test func reduceOnlyOrdersSkipIt() {
        // Selling 1 of 2 long with a far stop reduces risk: not limited.
        let s = F.snapshot(positions: ["EURUSD": "2"])
        #expect(Self.manager.evaluate(F.intent(.sell, "1", stop: "1.2"), in: s).accepted != nil)
        #expect(Self.manager.evaluate(F.intent(.buy, "1", stop: "1.0"), in: s).rule == "riskPerTrade")
    }
}
