/// The append-only audit log. There is no way to change or remove an entry: the protocol has
/// none, the SQL has none, and PostgreSQL refuses UPDATE and DELETE on the table with a trigger.
public protocol AuditStore: Sendable {
    /// Appends entries (each gets the next sequence) in one transaction.
    func appendAudit(_ entries: [AuditEntry]) async throws(StoreError)
    /// Entries with a sequence above `sequence`, oldest first, at most `limit`.
    func auditLog(after sequence: Int64, limit: Int) async throws(StoreError) -> [AuditEntry]
}
