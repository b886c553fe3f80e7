import BallastCore

/// Trades an ensemble of model signals on one symbol: long `quantity` when the ensemble says
/// long, short when it says short, flat when it stands aside. Its orders are ordinary intents,
/// so in a backtest they meet the simulated exchange and in paper or live trading the risk
/// desk, exactly like any other strategy's.
public struct ModelSignalStrategy: Strategy {
    public private(set) var ensemble: SignalEnsemble
    public let quantity: Quantity
    /// Every decision, for reports and for comparing the live path with the research one.
    public private(set) var decisions: [SignalEnsemble.Decision] = []
    /// Whether to keep `decisions` (off for long backtests).
    public let recordsDecisions: Bool

    public init(ensemble: SignalEnsemble, quantity: Quantity, recordsDecisions: Bool = false) {
        self.ensemble = ensemble
        self.quantity = quantity
        self.recordsDecisions = recordsDecisions
    }

    public static var historyLength: Int { 0 }

    public mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        guard let decision = ensemble.update(symbol: event.symbol, bar: event.bar, closeTime: event.closeTime) else { return [] }
        if recordsDecisions { decisions.append(decision) }
        let target = Quantity(raw: quantity.raw * Int64(decision.direction))
        return PositionTarget.intents(toward: target, symbol: ensemble.symbol, context: context, tag: "model-signal")
    }
}
