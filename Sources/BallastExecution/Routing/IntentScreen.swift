import BallastCore

/// The pre-trade check the router runs on every new intent (the risk manager, adapted).
/// It may resize the order, refuse it naming the rule, or ask for a human decision.
public protocol IntentScreen: Sendable {
    func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision
}

/// What a screen decided about an intent.
public enum ScreenDecision: Sendable, Hashable {
    /// Go ahead with this order (the intent's, or a resized one).
    case accept(OrderIntent)
    /// Refused by `rule`, with the numbers in `reason`.
    case reject(rule: String, reason: String)
    /// A person must approve it first (whatever the autonomy mode).
    case needsApproval(reason: String)
}

/// A screen that accepts every intent unchanged (for tests and fully trusted set-ups).
public struct AcceptingScreen: IntentScreen {
    public init() {}

    public func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision { .accept(intent.order) }
}
