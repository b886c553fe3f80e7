import BallastStore

/// What became of an intent handed to the router.
public enum RouteOutcome: Sendable, Hashable {
    /// Its order went to the venue; the record holds where it stands (accepted, filled,
    /// rejected, or still `submitted` when the venue's answer is unknown and reconciliation
    /// will settle it).
    case sent(OrderRecord)
    /// The intent was recorded before: nothing was sent again; the first records come back.
    case duplicate(IntentRecord, OrderRecord?)
    /// The pre-trade screen refused it (recorded with the rule and reason).
    case rejected(rule: String, reason: String)
    /// It waits in the approval queue.
    case awaitingApproval(ApprovalRecord)
}
