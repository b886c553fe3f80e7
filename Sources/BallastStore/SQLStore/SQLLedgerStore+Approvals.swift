import BallastCore

extension SQLLedgerStore {
    static let selectApproval = SQLText.select(ApprovalRecord.sqlColumns, from: "approvals", "WHERE intent_id = ?")
    static let selectAllApprovals = SQLText.select(ApprovalRecord.sqlColumns, from: "approvals",
                                                   "ORDER BY requested_at, intent_id")
    static let selectApprovalsByStatus = SQLText.select(ApprovalRecord.sqlColumns, from: "approvals",
                                                        "WHERE status = ? ORDER BY requested_at, intent_id")
    /// The decision, written only while the approval is still pending.
    static let decidePending = """
        UPDATE approvals SET status = ?, expires_at = ?, max_drift = ?, decided_at = ?, actor = ?, reason = ?, size_override = ? \
        WHERE intent_id = ? AND status = 'pending'
        """
    static let setIntentStatus = "UPDATE intents SET status = ?, updated_at = COALESCE(?, updated_at) WHERE id = ?"
    static let insertOrder = SQLText.insert("orders", OrderRecord.sqlColumns)

    public func approval(intent: IntentID) async throws(StoreError) -> ApprovalRecord? {
        try await database.first(Self.selectApproval, [.text(intent.rawValue)], as: ApprovalRecord.init(row:))
    }

    public func approvals(status: ApprovalStatus?) async throws(StoreError) -> [ApprovalRecord] {
        guard let status else { return try await database.rows(Self.selectAllApprovals, [], as: ApprovalRecord.init(row:)) }
        return try await database.rows(Self.selectApprovalsByStatus, [.text(status.rawValue)], as: ApprovalRecord.init(row:))
    }

    /// The intent's `updated_at` becomes the decision time (unchanged when the record has none).
    /// An order whose id is taken refuses the whole decision with `.constraint`.
    public func decideApproval(_ approval: ApprovalRecord, intentStatus: IntentStatus, order: OrderRecord?,
                               audit: [AuditEntry]) async throws(StoreError) -> Bool {
        let decision: [SQLValue] = [.text(approval.status.rawValue), .time(approval.expiresAt), .price(approval.maxDrift),
                                    .time(approval.decidedAt), .text(approval.actor), .text(approval.reason),
                                    .quantity(approval.sizeOverride), .text(approval.intentID.rawValue)]
        return try await write { (sql) throws(StoreError) -> Bool in
            guard try await sql.execute(Self.decidePending, decision) == 1 else { return false }
            try await sql.execute(Self.setIntentStatus, [.text(intentStatus.rawValue), .time(approval.decidedAt),
                                                         .text(approval.intentID.rawValue)])
            if let order { try await sql.execute(Self.insertOrder, order.sqlValues) }
            try await Self.append(audit, on: sql)
            return true
        }
    }
}
