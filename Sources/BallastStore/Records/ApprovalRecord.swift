import BallastCore

/// An intent waiting for (or given) a human decision.
public struct ApprovalRecord: Sendable, Codable, Hashable {
    public var intentID: IntentID
    public var status: ApprovalStatus
    public var requestedAt: Timestamp
    /// After this instant a pending approval can only expire.
    public var expiresAt: Timestamp
    /// The largest move from the intent's reference price at which approving is still allowed.
    public var maxDrift: Price?
    public var decidedAt: Timestamp?
    /// Who decided (an operator name or API key label), empty while pending.
    public var actor: String
    public var reason: String
    /// The quantity the approver chose instead of the intent's, if any.
    public var sizeOverride: Quantity?

    public init(intentID: IntentID, status: ApprovalStatus = .pending, requestedAt: Timestamp, expiresAt: Timestamp,
                maxDrift: Price? = nil, decidedAt: Timestamp? = nil, actor: String = "", reason: String = "",
                sizeOverride: Quantity? = nil) {
        self.intentID = intentID
        self.status = status
        self.requestedAt = requestedAt
        self.expiresAt = expiresAt
        self.maxDrift = maxDrift
        self.decidedAt = decidedAt
        self.actor = actor
        self.reason = reason
        self.sizeOverride = sizeOverride
    }
}
