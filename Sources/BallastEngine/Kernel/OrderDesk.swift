import BallastCore
import BallastRisk

/// The engine's order handling, apart from the strategy: risk checks, ids, order state, and the
/// links between orders. Not generic, so it is compiled once and only runs when orders move.
@usableFromInline
struct OrderDesk: Sendable {
    let risk: any RiskGate
    var book: OrderBook
    var rejections: [RiskRejection] = []
    var anomalies: [EngineAnomaly] = []

    init(risk: any RiskGate, idPrefix: String) {
        self.risk = risk
        book = OrderBook(idPrefix: idPrefix)
    }

    /// Turns a hook's commands and intents into actions appended to `actions`: commands first
    /// (a strategy replacing a stop cancels the old one before placing the new), then each
    /// intent through risk. Leaves `intents` empty, with its capacity, for the next hook.
    @usableFromInline
    mutating func place(_ intents: inout [OrderIntent], _ commands: [OrderCommand], context: StrategyContext,
                        into actions: inout [EngineAction]) {
        for command in commands {
            if let action = perform(command, context: context) { actions.append(action) }
        }
        // Popped off the reversed list, each intent moves into its order instead of being copied.
        intents.reverse()
        while let intent = intents.popLast() {
            if let order = admit(intent, context: context) { actions.append(.submit(order)) }
        }
    }

    /// Risk-checks an intent and creates its order, or records why not.
    mutating func admit(_ intent: consuming OrderIntent, context: StrategyContext) -> Order? {
        guard intent.quantity.raw > 0 else {
            reject(intent, rule: "engine.quantity", reason: "quantity \(intent.quantity) is not positive", context: context)
            return nil
        }
        let decision = risk.check(intent, context: context)
        switch consume decision {
        case .reject(let rule, let reason):
            reject(intent, rule: rule, reason: reason, context: context)
            return nil
        case .accept(let approved):
            guard approved.quantity.raw > 0 else {
                reject(approved, rule: "engine.quantity", reason: "risk left a quantity of \(approved.quantity)", context: context)
                return nil
            }
            return open(approved, parent: nil, context: context)
        }
    }

    /// Creates an order with the next deterministic id and marks it submitted.
    mutating func open(_ intent: consuming OrderIntent, parent: ClientOrderID?, context: StrategyContext) -> Order {
        let order = book.submit(intent, parent: parent, time: context.time)
        context.track(order)
        return order
    }

    mutating func reject(_ intent: OrderIntent, rule: String, reason: String, context: StrategyContext) {
        rejections.append(RiskRejection(time: context.time, intent: intent, rule: rule, reason: reason))
    }

    mutating func note(_ kind: EngineAnomaly.Kind, _ id: ClientOrderID?, _ detail: String, context: StrategyContext) {
        anomalies.append(EngineAnomaly(time: context.time, kind: kind, orderID: id, detail: detail))
    }
}
