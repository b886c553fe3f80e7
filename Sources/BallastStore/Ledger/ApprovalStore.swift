import BallastCore

/// The approval queue of semi-automatic and manual modes.
public protocol ApprovalStore: Sendable {
    func approval(intent: IntentID) async throws(StoreError) -> ApprovalRecord?
    /// Approvals in `status` (every approval when nil), oldest request first.
    func approvals(status: ApprovalStatus?) async throws(StoreError) -> [ApprovalRecord]
    /// Writes the decision on a pending approval, the intent's new status, and (when approved)
    /// the order, in one transaction. False (nothing written) when it was no longer pending.
    func decideApproval(_ approval: ApprovalRecord, intentStatus: IntentStatus, order: OrderRecord?,
                        audit: [AuditEntry]) async throws(StoreError) -> Bool
}
