import BallastCore

/// The account-wide pre-trade limits. Every limit is optional: nil switches the check off.
/// Exposure and leverage limits are multiples of equity (2.0 allows notional of twice equity).
public struct RiskLimits: Sendable, Hashable {
    /// Symbols that may trade; nil allows every known instrument.
    public var allowedSymbols: Set<String>?
    public var maxOrderLots: Quantity?
    /// Largest absolute position per symbol after the order; `maxPositionLotsBySymbol` overrides it.
    public var maxPositionLots: Quantity?
    public var maxPositionLotsBySymbol: [String: Quantity]
    /// Loss at the stop loss (|entry − stop| × lots × contract size, in account currency) per
    /// order, as a fraction of equity; checked for orders with a stop loss.
    public var maxRiskPerTrade: Double?
    /// Σ|notional| / equity after the order.
    public var maxGrossExposure: Double?
    /// |Σ signed notional| / equity after the order.
    public var maxNetExposure: Double?
    /// Gross notional / equity after the order, counting margin leverage.
    public var maxLeverage: Double?
    /// Free margin left after the order's margin, as a fraction of equity (0 forbids negative
    /// free margin). nil skips the margin check.
    public var minFreeMarginFraction: Double?
    /// Largest |order price − mid| / mid for limit and stop prices.
    public var maxPriceDeviation: Double?
    /// Oldest quote, in seconds, an order may be checked against.
    public var maxQuoteAgeSeconds: Int64?
    public var maxOrdersPerMinute: Int?
    /// Round volumes off the broker's step down to it instead of rejecting them.
    public var roundToStep: Bool
    /// Rules not to run (never `wellFormed`).
    public var disabledRules: Set<RiskRuleName>

    public init(
        allowedSymbols: Set<String>? = nil, maxOrderLots: Quantity? = nil, maxPositionLots: Quantity? = nil,
        maxPositionLotsBySymbol: [String: Quantity] = [:], maxRiskPerTrade: Double? = nil, maxGrossExposure: Double? = nil,
        maxNetExposure: Double? = nil, maxLeverage: Double? = nil, minFreeMarginFraction: Double? = nil,
        maxPriceDeviation: Double? = nil, maxQuoteAgeSeconds: Int64? = nil, maxOrdersPerMinute: Int? = nil,
        roundToStep: Bool = false, disabledRules: Set<RiskRuleName> = []
    ) {
        self.allowedSymbols = allowedSymbols
        self.maxOrderLots = maxOrderLots
        self.maxPositionLots = maxPositionLots
        self.maxPositionLotsBySymbol = maxPositionLotsBySymbol
        self.maxRiskPerTrade = maxRiskPerTrade
        self.maxGrossExposure = maxGrossExposure
        self.maxNetExposure = maxNetExposure
        self.maxLeverage = maxLeverage
        self.minFreeMarginFraction = minFreeMarginFraction
        self.maxPriceDeviation = maxPriceDeviation
        self.maxQuoteAgeSeconds = maxQuoteAgeSeconds
        self.maxOrdersPerMinute = maxOrdersPerMinute
        self.roundToStep = roundToStep
        self.disabledRules = disabledRules
    }
}
