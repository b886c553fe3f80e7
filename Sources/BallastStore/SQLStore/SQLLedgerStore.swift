/// The ledger store over any `SQLDatabase`: one implementation for SQLite and PostgreSQL.
/// Statements are written once in the SQL both accept; each protocol call that writes is one
/// transaction, and its audit entries are written in that same transaction.
public struct SQLLedgerStore: LedgerStore {
    /// The database the ledger lives in (also for operational queries the protocols lack).
    public let database: any SQLDatabase
    public let migrator: Migrator
    /// Concurrent intent recordings, written together on PostgreSQL.
    let intentWrites = WriteCombiner<IntentWrite, IntentRecording>(capacity: 8)

    /// A store over `database` as it is; call `migrate()` (or use `open`) before using it.
    public init(database: any SQLDatabase, migrator: Migrator = .ledger) {
        self.database = database
        self.migrator = migrator
    }

    /// A store over `database`, migrated to the latest schema.
    public static func open(_ database: any SQLDatabase, migrator: Migrator = .ledger) async throws(StoreError) -> SQLLedgerStore {
        let store = SQLLedgerStore(database: database, migrator: migrator)
        try await store.migrate()
        return store
    }

    public func migrate() async throws(StoreError) {
        try await migrator.migrate(database)
    }

    public func schemaVersion() async throws(StoreError) -> Int {
        try await migrator.currentVersion(of: database)
    }

    public func close() async {
        await database.close()
    }

    /// Runs `body` in one transaction.
    func write<T: Sendable>(_ body: (any SQLExecutor) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await database.transaction(body)
    }

    static let insertAudit = SQLText.insert("audit_logs", AuditEntry.sqlColumns)

    /// Appends `entries` on `sql` (inside the caller's transaction).
    static func append(_ entries: [AuditEntry], on sql: any SQLExecutor) async throws(StoreError) {
        for entry in entries {
            try await sql.execute(insertAudit, entry.sqlValues)
        }
    }
}
