import Testing
@testable import BallastData

@Suite struct RunConfigurationTests {
    @Test func readsTheBacktestSection() throws {
        let yaml = """
            data: {on_conflict: replace}
            backtest:
              strategy: donchian-breakout
              parameters: {period: 55, quantity: 2}
              account: {currency: EUR, deposit: 50000, mode: hedging}
              costs: {spread_multiplier: 2, commission_per_lot: 7, slippage_points: 1}
            """
        let c = try RunConfiguration(yaml: yaml, file: "ballast.yaml")
        #expect(c.strategy == "donchian-breakout" && c.parameters == ["period": "55", "quantity": "2"])
        #expect(c.currency == "EUR" && c.deposit == "50000" && c.hedging)
        #expect(c.spreadMultiplier == 2 && c.commissionPerLot == "7" && c.slippagePoints == 1 && c.commissionRate == nil)
        #expect(try RunConfiguration(yaml: "data: {}", file: "b.yaml") == RunConfiguration())
    }

    @Test(arguments: [
        ("backtest:\n  strategi: x", "backtest.strategi"),
        ("backtest:\n  account: {mode: both}", "backtest.account.mode"),
        ("backtest:\n  costs: {commission_per_lot: 7, commission_rate: 0.1}", "not both"),
        ("backtest:\n  costs: {slippage_points: many}", "backtest.costs.slippage_points"),
    ])
    func errorsNameTheKey(yaml: String, needle: String) {
        #expect {
            try RunConfiguration(yaml: yaml, file: "ballast.yaml")
        } throws: { error in
            let text = (error as? ConfigFileError)?.description ?? ""
            return text.hasPrefix("ballast.yaml:") && text.contains(needle)
        }
    }
}
