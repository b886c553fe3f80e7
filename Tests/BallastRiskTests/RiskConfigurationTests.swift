import BallastCore
import Testing
import Yams
@testable import BallastRisk

@Suite struct RiskConfigurationTests {
    typealias F = RiskFixtures

    static let full = """
        accountCurrency: USD
        limits:
          allowedSymbols: [EURUSD, XAUUSD]
          maxOrderLots: 2
          maxPositionLots: 5
          maxPositionLotsBySymbol: {XAUUSD: 1.5}
          maxRiskPerTrade: 0.01
          maxGrossExposure: 3
          maxNetExposure: 2
          maxLeverage: 10
          minFreeMarginFraction: 0.2
          maxPriceDeviation: 0.02
          maxQuoteAgeSeconds: 10
          maxOrdersPerMinute: 30
          roundToStep: true
          disabledRules: [orderRate]
        sleeves:
          trend: {maxGrossExposure: 1.5, maxDailyLoss: 500, maxRiskPerTrade: 0.01}
          carry: {maxGrossExposure: 1}
        killSwitches:
          dailyLoss: {limit: 1000, grade: flatten}
          drawdown: {limit: 0.1, grade: cancelWorking}
          consecutiveLosses: {limit: 5, grade: stopNewOrders}
          errorRate: {limit: 0.5, minOrders: 4, windowSeconds: 300, grade: stopNewOrders}
          staleData: {limit: 30, grade: stopNewOrders}
        weekend:
          leadMinutes: 30
          assetClasses: {fx: flatten, index: {reduceTo: 0.5}}
        """

    static func decode(_ yaml: String) throws -> RiskConfiguration {
        try YAMLDecoder().decode(RiskConfiguration.self, from: yaml)
    }

    /// The error decoding `yaml` fails with, or nil.
    static func error(_ yaml: String) -> RiskConfigurationError? {
        do {
            _ = try decode(yaml)
            return nil
        } catch {
            return RiskConfigurationError.find(in: error)
        }
    }

    @Test func decodesEverySection() throws {
        let config = try Self.decode(Self.full)
        #expect(config.accountCurrency == "USD")
        #expect(config.limits == RiskLimits(
            allowedSymbols: ["EURUSD", "XAUUSD"], maxOrderLots: F.lots("2"), maxPositionLots: F.lots("5"),
            maxPositionLotsBySymbol: ["XAUUSD": F.lots("1.5")], maxRiskPerTrade: 0.01, maxGrossExposure: 3, maxNetExposure: 2, maxLeverage: 10,
            minFreeMarginFraction: 0.2, maxPriceDeviation: 0.02, maxQuoteAgeSeconds: 10, maxOrdersPerMinute: 30,
            roundToStep: true, disabledRules: [.orderRate]))
        #expect(config.sleeves == ["trend": SleeveBudget(maxGrossExposure: 1.5, maxDailyLoss: F.usd("500"), maxRiskPerTrade: 0.01),
                                   "carry": SleeveBudget(maxGrossExposure: 1)])
        #expect(config.killSwitches == KillSwitchConfiguration(
            dailyLoss: KillSwitchTrigger(limit: F.usd("1000"), grade: .flatten), drawdown: KillSwitchTrigger(limit: 0.1, grade: .cancelWorking),
            consecutiveLosses: KillSwitchTrigger(limit: 5, grade: .stopNewOrders), errorRate: KillSwitchTrigger(limit: 0.5, grade: .stopNewOrders),
            errorMinOrders: 4, errorWindowSeconds: 300, staleDataSeconds: KillSwitchTrigger(limit: 30, grade: .stopNewOrders)))
        #expect(config.weekend == WeekendPolicy(leadSeconds: 1800, actions: [.fx: .flatten, .index: .reduce(to: 0.5)]))
        #expect(RiskManager(configuration: config).rules.map(\.name) == [
            .allowedInstruments, .killSwitch, .sessionOpen, .weekend, .brokerVolume, .maxOrderSize, .maxPosition,
            .riskPerTrade, .exposure, .sleeveBudget, .margin, .priceCollar,
        ])
    }

    @Test func minimalConfiguration() throws {
        #expect(try Self.decode("accountCurrency: EUR") == RiskConfiguration(accountCurrency: "EUR"))
    }

    static let bad: [(yaml: String, path: String, value: String)] = [
        ("accountCurrency: USD\nlimits: {maxOrderLots: -1}", "limits.maxOrderLots", "-1"),
        ("accountCurrency: USD\nlimits: {maxLeverage: 1O}", "limits.maxLeverage", "1O"),
        ("accountCurrency: USD\nlimits: {maxOrdersPerMinute: 2.5}", "limits.maxOrdersPerMinute", "2.5"),
        ("accountCurrency: USD\nlimits: {disabledRules: [maxOrderSise]}", "limits.disabledRules", "maxOrderSise"),
        ("accountCurrency: USD\nlimits: {maxOrderLot: 2}", "limits.maxOrderLot", "maxOrderLot"),
        ("accountCurrency: USD\nlimits: {roundToStep: maybe}", "limits.roundToStep", "maybe"),
        ("accountCurrency: USD\nlimits: {maxRiskPerTrade: 2}", "limits.maxRiskPerTrade", "2.00"),
        ("accountCurrency: USD\nkillSwitches: {drawdown: {limit: 0.1, grade: explode}}", "killSwitches.drawdown.grade", "explode"),
        ("accountCurrency: USD\nkillSwitches: {drawdown: {limit: 1.5, grade: flatten}}", "killSwitches.drawdown.limit", "1.50"),
        ("accountCurrency: USD\nkillSwitches: {dailyLoss: {limit: 1000}}", "killSwitches.dailyLoss.grade", ""),
        ("accountCurrency: USD\nkillSwitches: {panic: {limit: 1, grade: flatten}}", "killSwitches.panic", "panic"),
        ("accountCurrency: USD\nsleeves: {trend: {maxDailyLoss: -5}}", "sleeves.trend.maxDailyLoss", "-5"),
        ("accountCurrency: USD\nweekend: {leadMinutes: 30, assetClasses: {bonds: flatten}}", "weekend.assetClasses.bonds", "bonds"),
        ("accountCurrency: USD\nweekend: {leadMinutes: 30, assetClasses: {fx: hold}}", "weekend.assetClasses.fx", "hold"),
        ("accountCurrency: usd", "accountCurrency", "usd"),
        ("limits: {maxOrderLots: 1}", "accountCurrency", ""),
    ]

    @Test(arguments: bad)
    func badValuesNameTheirKeyPath(_ example: (yaml: String, path: String, value: String)) {
        let error = Self.error(example.yaml)
        #expect(error?.path == example.path)
        #expect(error?.value == example.value)
    }

    @Test func specificMessages() {
        #expect(Self.error("accountCurrency: USD\nlimits: {maxOrderLots: -1}")?.description
            == "limits.maxOrderLots: must not be negative (got \"-1\")")
        #expect(Self.error("accountCurrency: USD\nkillSwitches: {drawdown: {limit: 0.1, grade: explode}}")?.message
            == "unknown name; expected one of stopNewOrders, cancelWorking, flatten")
    }

    @Test func sleevesMustFitTheAccountBudget() {
        // 2 + 1.5 = 3.5 > the account's 3.
        let gross = Self.error("""
            accountCurrency: USD
            limits: {maxGrossExposure: 3}
            sleeves: {a: {maxGrossExposure: 2}, b: {maxGrossExposure: 1.5}}
            """)
        #expect(gross == RiskConfigurationError(path: "sleeves", value: "3.50",
            message: "sleeve gross exposure budgets add up to more than limits.maxGrossExposure 3.00"))
        // 600 + 500 = 1 100 > the 1 000 daily-loss switch.
        let loss = Self.error("""
            accountCurrency: USD
            sleeves: {a: {maxDailyLoss: 600}, b: {maxDailyLoss: 500}}
            killSwitches: {dailyLoss: {limit: 1000, grade: flatten}}
            """)
        #expect(loss?.value == "1100.00 USD")
    }
}
