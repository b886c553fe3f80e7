import BallastCore

/// Which kill switches are armed, their thresholds and grades. nil disarms a switch.
public struct KillSwitchConfiguration: Sendable, Hashable {
    /// Realised loss today (a positive amount) at which the switch engages.
    public var dailyLoss: KillSwitchTrigger<Money>?
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
        dailyLoss: KillSwitchTrigger<Money>? = nil, drawdown: KillSwitchTrigger<Double>? = nil,
        consecutiveLosses: KillSwitchTrigger<Int>? = nil, errorRate: KillSwitchTrigger<Double>? = nil,
        errorMinOrders: Int = 1, errorWindowSeconds: Int64 = 300, staleDataSeconds: KillSwitchTrigger<Int64>? = nil
    ) {
        self.dailyLoss = dailyLoss
        self.drawdown = drawdown
        self.consecutiveLosses = consecutiveLosses
        self.errorRate = errorRate
        self.errorMinOrders = errorMinOrders
        self.errorWindowSeconds = errorWindowSeconds
        self.staleDataSeconds = staleDataSeconds
    }
}
