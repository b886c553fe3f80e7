import BallastCore

extension RiskLimits {
    static let keys: Set<String> = [
        "allowedSymbols", "maxOrderLots", "maxPositionLots", "maxPositionLotsBySymbol", "maxRiskPerTrade", "maxGrossExposure",
        "maxNetExposure", "maxLeverage", "minFreeMarginFraction", "maxPriceDeviation", "maxQuoteAgeSeconds",
        "maxOrdersPerMinute", "roundToStep", "disabledRules",
    ]

    init(_ r: ConfigReader) throws {
        self.init()
        allowedSymbols = try r.strings("allowedSymbols").map(Set.init)
        maxOrderLots = try r.lots("maxOrderLots")
        maxPositionLots = try r.lots("maxPositionLots")
        if let bySymbol = try r.nested("maxPositionLotsBySymbol", allowed: nil) {
            for symbol in bySymbol.keys { maxPositionLotsBySymbol[symbol] = try bySymbol.lots(symbol) }
        }
        maxRiskPerTrade = try r.ratio("maxRiskPerTrade")
        if let risk = maxRiskPerTrade, risk > 1 { throw r.fail("maxRiskPerTrade", Shown.ratio(risk), "a fraction of equity in [0, 1]") }
        maxGrossExposure = try r.ratio("maxGrossExposure")
        maxNetExposure = try r.ratio("maxNetExposure")
        maxLeverage = try r.ratio("maxLeverage")
        minFreeMarginFraction = try r.ratio("minFreeMarginFraction")
        maxPriceDeviation = try r.ratio("maxPriceDeviation")
        maxQuoteAgeSeconds = try r.count("maxQuoteAgeSeconds")
        maxOrdersPerMinute = try r.count("maxOrdersPerMinute").map { Int($0) }
        roundToStep = try r.bool("roundToStep") ?? false
        for name in try r.strings("disabledRules") ?? [] {
            let rule = try r.parseName(name, key: "disabledRules", as: RiskRuleName.self)
            guard rule != .wellFormed else { throw r.fail("disabledRules", name, "wellFormed cannot be disabled") }
            disabledRules.insert(rule)
        }
    }
}
