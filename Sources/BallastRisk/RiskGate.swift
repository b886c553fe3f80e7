import BallastCore

/// A pre-trade check: every intent passes through one before it becomes an order, in backtest,
/// paper and live alike. Pure: decisions depend only on the intent and the context.
public protocol RiskGate: Sendable {
    func check(_ intent: OrderIntent, context: StrategyContext) -> RiskDecision
}
