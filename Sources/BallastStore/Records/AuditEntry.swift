import BallastCore

/// One line of the append-only audit log: who changed what, when, and why.
public struct AuditEntry: Sendable, Codable, Hashable {
    /// Assigned by the store when the entry is appended (strictly increasing); nil before.
    public var sequence: Int64?
    public var time: Timestamp
    /// Who acted: `router`, `risk`, `reconciler`, an operator's name, an API key's label.
    public var actor: String
    /// What happened, as a stable verb: `intent.recorded`, `order.submitted`, `approval.approved`...
    public var action: String
    /// The kind of thing it happened to (`intent`, `order`, `config`...) and its id.
    public var entity: String
    public var entityID: String
    public var reason: String
    /// Further facts as JSON text (numbers, previous values), empty when none.
    public var details: String

    public init(sequence: Int64? = nil, time: Timestamp, actor: String, action: String, entity: String, entityID: String,
                reason: String = "", details: String = "") {
        self.sequence = sequence
        self.time = time
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.reason = reason
        self.details = details
    }
}
