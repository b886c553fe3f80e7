/// Where an intent is on its way to becoming an order.
public enum IntentStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Recorded, not yet decided.
    case received
    /// Refused by a risk rule (the record says which and why).
    case rejected
    /// Waiting in the approval queue.
    case awaitingApproval
    /// Its order was created.
    case ordered
    /// Its approval expired or was refused.
    case expired
    /// Withdrawn before it became an order.
    case cancelled
}
