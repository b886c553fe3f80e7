import BallastCore

/// Which kill switches are armed, their thresholds and grades. nil disarms a switch.
/// Codable so that a persisted `KillSwitchBoard` carries it (plain synthesized coding; the
/// validated configuration format is `RiskConfiguration`'s).
public struct KillSwitchConfiguration: Sendable, Hashable, Codable {
    /// Loss today (a positive amount) at which the switch engages.
    public var dailyLoss: KillSwitchTrigger<Money>?
    /// Measure the daily loss as day-start equity − equity (realised and unrealised) when the
    /// snapshot has `dayStartEquity`; false, or without it, realised PnL alone.
    public var includeUnrealised: Bool
    /// When the trading day starts: the daily-loss switch releases by itself at the next roll.
    public var dayRoll: DayRoll
    /// (equity peak − equity) / equity peak at which the switch engages.
    public var drawdown: KillSwitchTrigger<Double>?
    public var consecutiveLosses: KillSwitchTrigger<Int>?
    /// errors / orders over the last `errorWindowSeconds`, once at least `errorMinOrders` were sent.
    public var errorRate: KillSwitchTrigger<Double>?
    public var errorMinOrders: Int
    public var errorWindowSeconds: Int64
    /// Oldest quote, in seconds, of an instrument whose market is open.
    public var staleDataSeconds: KillSwitchTrigger<Int64>?

    public init(
        dailyLoss: KillSwitchTrigger<Money>? = nil, includeUnrealised: Bool = true, dayRoll: DayRoll = .utcMidnight,
        drawdown: KillSwitchTrigger<Double>? = nil, consecutiveLosses: KillSwitchTrigger<Int>? = nil,
        errorRate: KillSwitchTrigger<Double>? = nil, errorMinOrders: Int = 1, errorWindowSeconds: Int64 = 300,
        staleDataSeconds: KillSwitchTrigger<Int64>? = nil
    ) {
        self.dailyLoss = dailyLoss
        self.includeUnrealised = includeUnrealised
        self.dayRoll = dayRoll
        self.drawdown = drawdown
        self.consecutiveLosses = consecutiveLosses
        self.errorRate = errorRate
        self.errorMinOrders = errorMinOrders
        self.errorWindowSeconds = errorWindowSeconds
        self.staleDataSeconds = staleDataSeconds
    }
}
