import BallastCore
import Testing
@testable import BallastRisk

@Suite struct SleeveBudgetTests {
    typealias F = RiskFixtures

    /// Two sleeves of 1× equity gross each inside an account allowed 3×.
    static let budgets = ["A": SleeveBudget(maxGrossExposure: 1), "B": SleeveBudget(maxGrossExposure: 1)]

    static func snapshot(aLots: String) -> RiskSnapshot {
        var snapshot = F.snapshot(positions: ["EURUSD": aLots])
        snapshot.sleeves = ["A": SleeveState(positions: ["EURUSD": F.lots(aLots)], dailyRealisedPnL: F.usd("0"))]
        return snapshot
    }

    @Test func aSleeveCannotSpendAnothersBudget() {
        let manager = F.manager(RiskLimits(maxGrossExposure: 3), sleeves: Self.budgets)
        let snapshot = Self.snapshot(aLots: "0.9")
        // A holds 0.9 lots = 99 000 USD; 0.1 more makes 1.0 lot = 110 000 > its 100 000, although the
        // account is at 1.1× of 3× and B has used nothing.
        let a = manager.evaluate(F.intent(.buy, "0.1", strategy: "A"), in: snapshot)
        #expect(a == .reject(rule: "sleeveBudget",
            reason: "sleeve A gross exposure after 110000.00 USD > its budget 100000.00 USD (1.00 × equity)"))
        // B's own 0.9 lots = 99 000 ≤ 100 000: B's budget is still B's.
        #expect(manager.evaluate(F.intent(.buy, "0.9", strategy: "B"), in: snapshot).accepted != nil)
        // A strategy without a sleeve gets nothing.
        #expect(manager.evaluate(F.intent(.buy, "0.1", strategy: "C"), in: snapshot).reason == "strategy C has no sleeve budget")
    }

    @Test func dailyLossStopsTheSleeveOnly() {
        let budgets = ["A": SleeveBudget(maxDailyLoss: F.usd("500")), "B": SleeveBudget(maxDailyLoss: F.usd("500"))]
        var snapshot = F.snapshot()
        snapshot.sleeves = ["A": SleeveState(dailyRealisedPnL: F.usd("-600"))]
        let manager = F.manager(sleeves: budgets)
        // A lost 600 ≥ 500.
        #expect(manager.evaluate(F.intent(.buy, "1", strategy: "A"), in: snapshot).reason
            == "sleeve A lost 600.00 USD today ≥ its max daily loss 500.00 USD")
        #expect(manager.evaluate(F.intent(.buy, "1", strategy: "B"), in: snapshot).accepted != nil)
    }

    @Test func riskPerTradeToTheStop() {
        let manager = F.manager(sleeves: ["A": SleeveBudget(maxRiskPerTrade: 0.01)])
        // Buy 1 lot at the ask 1.10005, stop 1.09005: 0.01 × 100 000 = 1 000 USD ≤ 0.01 × 100 000 = 1 000.
        #expect(manager.evaluate(F.intent(.buy, "1", stop: "1.09005", strategy: "A"), in: F.snapshot()).accepted != nil)
        // Stop 1.08995: 0.0101 × 100 000 = 1 010 > 1 000.
        #expect(manager.evaluate(F.intent(.buy, "1", stop: "1.08995", strategy: "A"), in: F.snapshot()).reason
            == "sleeve A risk to stop 1010.00 USD > its max 1000.00 USD (0.01 × equity)")
        #expect(manager.evaluate(F.intent(.buy, "1", strategy: "A"), in: F.snapshot()).reason
            == "sleeve A limits risk per trade to 0.01 × equity; the order has no stop loss")
    }
}
