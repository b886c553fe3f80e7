import BallastCore
import BallastEngine

/// What a backtest produced.
public struct BacktestResult: Sendable {
    /// Bars replayed (all bar series together; bars built from ticks are not counted).
    public var bars: Int
    /// Ticks replayed (all tick series together).
    public var ticks: Int
    /// Every fill, in order, commissions in the account currency.
    public var fills: [Fill]
    /// Final equity − deposit: open positions marked at their last close, no exit cost.
    public var netPnL: Money
    /// The net position of the first series' symbol at the end.
    public var finalPosition: Quantity
    /// Net positions at the end, by symbol (flat symbols omitted).
    public var finalPositions: [String: Quantity]
    public var equity: EquityCurve
    public var trades: [ClosedTrade]
    public var costs: CostTotals
    public var finalBalance: Money
    public var finalEquity: Money
    /// Positions the broker closed at stop-out.
    public var stopOuts: Int
    /// Intents refused by risk checks, and events the engine could not apply.
    public var rejections: [RiskRejection]
    public var anomalies: [EngineAnomaly]
}
