import BallastCore

/// An intent that a risk rule (or the engine's own sanity check) turned down. It never became an order.
public struct RiskRejection: Sendable, Hashable {
    /// When the intent was made (the time of the event whose hook returned it).
    public var time: Timestamp
    public var intent: OrderIntent
    /// The rule that said no (`maxPosition`, `engine.quantity`...).
    public var rule: String
    /// The numbers behind the answer.
    public var reason: String

    public init(time: Timestamp, intent: OrderIntent, rule: String, reason: String) {
        self.time = time
        self.intent = intent
        self.rule = rule
        self.reason = reason
    }
}
