extension SQLLedgerStore {
    static let selectAuditAfter = SQLText.select(["sequence"] + AuditEntry.sqlColumns, from: "audit_logs",
                                                 "WHERE sequence > ? ORDER BY sequence LIMIT ?")

    /// Each entry's `sequence` is ignored: the database assigns the next one.
    public func appendAudit(_ entries: [AuditEntry]) async throws(StoreError) {
        guard !entries.isEmpty else { return }
        try await write { (sql) throws(StoreError) in try await Self.append(entries, on: sql) }
    }

    /// A negative `limit` reads nothing.
    public func auditLog(after sequence: Int64, limit: Int) async throws(StoreError) -> [AuditEntry] {
        guard limit > 0 else { return [] }
        return try await database.rows(Self.selectAuditAfter, [.integer(sequence), .int(limit)], as: AuditEntry.init(row:))
    }
}
