import BallastCore

/// One strategy's budget, carved out of the account's: what it may hold and lose. A sleeve is
/// checked only against its own budget and its own usage, so one sleeve's spare room never
/// becomes another's.
public struct SleeveBudget: Sendable, Hashable {
    /// Σ|notional| of the sleeve's positions / account equity.
    public var maxGrossExposure: Double?
    /// Realised loss today at which the sleeve stops adding risk (a positive amount).
    public var maxDailyLoss: Money?
    /// Loss at the stop (|entry − stop| × lots × contract size, in account currency) per order,
    /// as a fraction of equity. Orders without a stop loss are refused when this is set.
    public var maxRiskPerTrade: Double?

    public init(maxGrossExposure: Double? = nil, maxDailyLoss: Money? = nil, maxRiskPerTrade: Double? = nil) {
        self.maxGrossExposure = maxGrossExposure
        self.maxDailyLoss = maxDailyLoss
        self.maxRiskPerTrade = maxRiskPerTrade
    }
}
