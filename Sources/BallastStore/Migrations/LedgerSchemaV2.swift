/// Version 2 of the ledger schema: SQLite's audit log keys its rows with a plain
/// `INTEGER PRIMARY KEY` instead of `AUTOINCREMENT`.
///
/// `AUTOINCREMENT` keeps the last key in `sqlite_sequence`, which every append reads and
/// rewrites: one more page written to the log per transaction, three per order. Its one
/// promise beyond the plain key, never reusing the key of a deleted row, is moot for a table
/// nothing deletes from (the triggers refuse it); a plain key is the largest one plus one, so
/// sequences stay strictly increasing and the existing ones are kept. PostgreSQL's identity
/// column costs nothing of the kind and is left alone.
enum LedgerSchemaV2 {
    static let migration = Migration(version: 2, name: "audit key", sqlite: sqliteAuditKey, postgres: [])

    static let sqliteAuditKey = [
        """
        CREATE TABLE audit_logs_v2 (
            sequence INTEGER PRIMARY KEY,
            time BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            details TEXT NOT NULL
        )
        """,
        """
        INSERT INTO audit_logs_v2 (sequence, time, actor, action, entity, entity_id, reason, details)
        SELECT sequence, time, actor, action, entity, entity_id, reason, details FROM audit_logs ORDER BY sequence
        """,
        // Dropping a table fires none of its triggers (and drops them with it).
        "DROP TABLE audit_logs",
        "ALTER TABLE audit_logs_v2 RENAME TO audit_logs",
        "DELETE FROM sqlite_sequence WHERE name = 'audit_logs'",
    ] + LedgerSchemaV1.sqliteAuditGuard
}
