import BallastCore
import BallastRisk

/// The risk manager as the router's pre-trade screen. Each intent is evaluated against the
/// snapshot `snapshot` gives at that moment (positions, quotes, equity, kill switches), so the
/// rules see the state the order would really meet.
public struct RiskScreen: IntentScreen {
    public let manager: RiskManager
    let snapshot: @Sendable (Timestamp) async -> RiskSnapshot

    /// A screen running `manager`'s rules on the snapshot `snapshot` returns for the decision time.
    public init(manager: RiskManager, snapshot: @escaping @Sendable (Timestamp) async -> RiskSnapshot) {
        self.manager = manager
        self.snapshot = snapshot
    }

    public func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision {
        switch manager.evaluate(intent, in: await snapshot(time)) {
        case .accept(let order): .accept(order)
        case .reject(let rule, let reason): .reject(rule: rule, reason: reason)
        }
    }
}
