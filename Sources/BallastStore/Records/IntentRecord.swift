import BallastCore

/// A stored intent with the decision taken on it.
public struct IntentRecord: Sendable, Codable, Hashable, Identifiable {
    public var intent: TradeIntent
    public var status: IntentStatus
    /// The risk rule that decided (for rejections and resizes), empty when none.
    public var rule: String
    /// Why, in words with the numbers behind it.
    public var reason: String
    public var updatedAt: Timestamp

    public init(intent: TradeIntent, status: IntentStatus, rule: String = "", reason: String = "", updatedAt: Timestamp) {
        self.intent = intent
        self.status = status
        self.rule = rule
        self.reason = reason
        self.updatedAt = updatedAt
    }

    public var id: IntentID { intent.id }
}
