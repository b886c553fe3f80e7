import BallastCore

/// The pre-trade risk manager for live and paper trading: runs the configured rules in a fixed
/// order (`RiskRuleName.allCases` order) and stops at the first rejection. Rules may resize the
/// order (volume rounding); later rules see the resized order.
///
/// Reduce-only orders (toward a flat position, never through it) skip the rules that limit
/// risk (allowed instruments, weekend, position, risk per trade, exposure, sleeve, margin) but not those that
/// guard the order itself (session, broker volume, order size, price collar, rate) or a
/// kill switch at `flatten`.
public struct RiskManager: Sendable {
    public let configuration: RiskConfiguration
    /// The rules that run, in order.
    public let rules: [any PreTradeRule]

    public init(configuration: RiskConfiguration) {
        self.configuration = configuration
        rules = Self.rules(for: configuration).filter { !configuration.limits.disabledRules.contains($0.name) }
    }

    /// Checks `intent` against `snapshot`: `.accept(order)` with the order to send (possibly
    /// resized), or `.reject(rule:reason:)` naming the rule and the numbers.
    public func evaluate(_ intent: TradeIntent, in snapshot: RiskSnapshot) -> RiskDecision {
        do {
            try IntentError.validate(intent, instruments: snapshot.instruments)
        } catch {
            return .reject(rule: RiskRuleName.wellFormed.rawValue, reason: error.description)
        }
        guard let instrument = snapshot.instruments[intent.order.symbol] else {
            return .reject(rule: RiskRuleName.wellFormed.rawValue, reason: IntentError.unknownInstrument(intent.order.symbol).description)
        }
        var check = RiskCheck(intent: intent, instrument: instrument, snapshot: snapshot)
        let reduceOnly = check.isReduceOnly
        for rule in rules where !(reduceOnly && Self.limitsRisk(rule.name)) {
            switch rule.check(check) {
            case .accept(let order): check.order = order
            case .reject(let rule, let reason): return .reject(rule: rule, reason: reason)
            }
        }
        return .accept(check.order)
    }

    /// Rules that only limit added risk, skipped for reduce-only orders.
    static func limitsRisk(_ name: RiskRuleName) -> Bool {
        switch name {
        case .allowedInstruments, .weekend, .maxPosition, .riskPerTrade, .exposure, .sleeveBudget, .margin: true
        case .wellFormed, .killSwitch, .sessionOpen, .brokerVolume, .maxOrderSize, .priceCollar, .orderRate: false
        }
    }

    private static func rules(for configuration: RiskConfiguration) -> [any PreTradeRule] {
        let limits = configuration.limits
        var rules: [any PreTradeRule] = []
        if let allowed = limits.allowedSymbols { rules.append(AllowedInstrumentsRule(allowed: allowed)) }
        rules.append(KillSwitchRule())
        rules.append(SessionOpenRule())
        if let weekend = configuration.weekend { rules.append(WeekendRule(policy: weekend)) }
        rules.append(BrokerVolumeRule(roundToStep: limits.roundToStep))
        if let max = limits.maxOrderLots { rules.append(MaxOrderSizeRule(maxLots: max)) }
        if limits.maxPositionLots != nil || !limits.maxPositionLotsBySymbol.isEmpty {
            rules.append(MaxPositionRule(defaultLots: limits.maxPositionLots, bySymbol: limits.maxPositionLotsBySymbol))
        }
        if let fraction = limits.maxRiskPerTrade { rules.append(RiskPerTradeRule(maxFraction: fraction)) }
        if limits.maxGrossExposure != nil || limits.maxNetExposure != nil {
            rules.append(ExposureRule(maxGross: limits.maxGrossExposure, maxNet: limits.maxNetExposure))
        }
        if !configuration.sleeves.isEmpty { rules.append(SleeveBudgetRule(budgets: configuration.sleeves)) }
        if limits.maxLeverage != nil || limits.minFreeMarginFraction != nil {
            rules.append(MarginRule(maxLeverage: limits.maxLeverage, minFreeMarginFraction: limits.minFreeMarginFraction))
        }
        if limits.maxPriceDeviation != nil || limits.maxQuoteAgeSeconds != nil {
            rules.append(PriceCollarRule(maxDeviation: limits.maxPriceDeviation, maxQuoteAgeSeconds: limits.maxQuoteAgeSeconds))
        }
        if let rate = limits.maxOrdersPerMinute { rules.append(OrderRateRule(maxPerMinute: rate)) }
        return rules
    }
}
