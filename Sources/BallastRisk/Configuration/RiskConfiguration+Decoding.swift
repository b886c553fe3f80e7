import BallastCore

/// Decoding with validation. Keys (all optional but `accountCurrency`):
///
///     accountCurrency: USD
///     limits: { allowedSymbols: [EURUSD], maxOrderLots: 2, maxPositionLots: 5,
///               maxPositionLotsBySymbol: {XAUUSD: 1}, maxRiskPerTrade: 0.01, maxGrossExposure: 3, maxNetExposure: 2,
///               maxLeverage: 10, minFreeMarginFraction: 0.2, maxPriceDeviation: 0.02,
///               maxQuoteAgeSeconds: 10, maxOrdersPerMinute: 30, roundToStep: false,
///               disabledRules: [priceCollar] }
///     sleeves: { trend: { maxGrossExposure: 1.5, maxDailyLoss: 500, maxRiskPerTrade: 0.01 } }
///     killSwitches: { dailyLoss: {limit: 1000, grade: flatten, includeUnrealised: true, dayRoll: "America/New_York 17:00"},
///                     drawdown: {limit: 0.1, grade: cancelWorking},
///                     consecutiveLosses: {limit: 5, grade: stopNewOrders},
///                     errorRate: {limit: 0.5, minOrders: 4, windowSeconds: 300, grade: stopNewOrders},
///                     staleData: {limit: 30, grade: stopNewOrders} }
///     weekend: { leadMinutes: 30, minimumClosureHours: 24, assetClasses: {fx: flatten, index: {reduceTo: 0.5}} }
///
/// Money amounts are in `accountCurrency`. `dayRoll` (default `UTC 00:00`) names a zone the
/// `TimeZoneResolver` in the decoder's user info knows (`RiskConfiguration.timeZoneResolverKey`). Sleeves are carved from the account: their gross
/// exposure budgets may not add up to more than `limits.maxGrossExposure`, nor their daily
/// losses to more than the daily-loss kill switch.
extension RiskConfiguration: Decodable {
    public init(from decoder: any Decoder) throws {
        let root = try ConfigReader(decoder, allowed: ["accountCurrency", "limits", "sleeves", "killSwitches", "weekend"])
        guard let currency = try root.text("accountCurrency") else {
            throw root.fail("accountCurrency", "", "is required")
        }
        guard (3...6).contains(currency.utf8.count), currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
            throw root.fail("accountCurrency", currency, "expected an upper-case currency code")
        }
        self.init(accountCurrency: currency)
        if let reader = try root.nested("limits", allowed: RiskLimits.keys) { limits = try RiskLimits(reader) }
        if let reader = try root.nested("sleeves", allowed: nil) {
            for name in reader.keys {
                guard let sleeve = try reader.nested(name, allowed: ["maxGrossExposure", "maxDailyLoss", "maxRiskPerTrade"]) else { continue }
                sleeves[name] = SleeveBudget(maxGrossExposure: try sleeve.ratio("maxGrossExposure"),
                                             maxDailyLoss: try sleeve.money("maxDailyLoss", currency: currency),
                                             maxRiskPerTrade: try sleeve.ratio("maxRiskPerTrade"))
            }
        }
        if let reader = try root.nested("killSwitches", allowed: KillSwitchConfiguration.keys) {
            let zones = decoder.userInfo[Self.timeZoneResolverKey] as? TimeZoneResolver ?? .utcOnly
            killSwitches = try KillSwitchConfiguration(reader, currency: currency, zones: zones)
        }
        if let reader = try root.nested("weekend", allowed: WeekendPolicy.keys) { weekend = try WeekendPolicy(reader) }
        try checkSleeveTotals()
    }

    /// Checks that the sleeves fit inside the account budget (top-down): Σ sleeve gross
    /// exposure ≤ the account's, Σ sleeve daily loss ≤ the daily-loss kill switch.
    public func checkSleeveTotals() throws(RiskConfigurationError) {
        let names = sleeves.keys.sorted()
        if let cap = limits.maxGrossExposure {
            let total = names.compactMap { sleeves[$0]?.maxGrossExposure }.reduce(0, +)
            if total > cap + 1e-9 {
                throw RiskConfigurationError(path: "sleeves", value: Shown.ratio(total),
                    message: "sleeve gross exposure budgets add up to more than limits.maxGrossExposure \(Shown.ratio(cap))")
            }
        }
        if let cap = killSwitches.dailyLoss?.limit {
            let total = names.compactMap { sleeves[$0]?.maxDailyLoss?.raw }.reduce(0, +)
            if total > cap.raw {
                throw RiskConfigurationError(path: "sleeves", value: Shown.money(Money(raw: total, currency: cap.currency)),
                    message: "sleeve daily loss budgets add up to more than killSwitches.dailyLoss \(Shown.money(cap))")
            }
        }
    }
}
