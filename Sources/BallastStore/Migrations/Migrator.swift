/// Brings a database to the latest schema version: records applied versions in
/// `schema_migrations`, applies each pending migration in its own transaction, and refuses a
/// database written by a newer Ballast (whose schema this code does not know).
public struct Migrator: Sendable {
    /// Migrations in version order (1, 2, 3...).
    public let migrations: [Migration]

    /// The ledger's migrations.
    public static let ledger = Migrator(migrations: [LedgerSchemaV1.migration, LedgerSchemaV2.migration, LedgerSchemaV3.migration,
                                                       LedgerSchemaV4.migration])

    public init(migrations: [Migration]) {
        precondition(migrations.enumerated().allSatisfy { $0.offset + 1 == $0.element.version },
                     "migrations must be numbered 1, 2, 3... in order")
        self.migrations = migrations
    }

    /// The version the last migration brings the schema to.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version of `database` (0 for an empty database).
    public func currentVersion(of database: any SQLDatabase) async throws(StoreError) -> Int {
        try await database.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL)", [])
        let rows = try await database.query("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations", [])
        guard let row = rows.first else { return 0 }
        return Int(try row.int64("version"))
    }

    /// Applies every pending migration; returns the versions applied (empty when up to date).
    @discardableResult
    public func migrate(_ database: any SQLDatabase) async throws(StoreError) -> [Int] {
        let current = try await currentVersion(of: database)
        guard current <= latestVersion else {
            throw StoreError(.migration, "the database schema is at version \(current), newer than the \(latestVersion) "
                + "this Ballast knows: upgrade Ballast (or restore a matching backup) before opening it")
        }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            if try await apply(migration, to: database) { applied.append(migration.version) }
        }
        return applied
    }

    /// Applies one migration; false when another process applied it first.
    private func apply(_ migration: Migration, to database: any SQLDatabase) async throws(StoreError) -> Bool {
        let statements = try migration.statements(for: database.dialect)
        do {
            try await database.transaction { (sql) throws(StoreError) in
                // Claiming the version first makes a concurrent migrator fail on the key
                // before it runs any DDL.
                try await sql.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                                      [.integer(Int64(migration.version)), .text(migration.name)])
                for statement in statements {
                    try await sql.execute(statement, [])
                }
            }
            return true
        } catch {
            if error.code == .constraint, try await currentVersion(of: database) >= migration.version { return false }
            throw StoreError(.migration, "migration \(migration.version) (\(migration.name)) failed: \(error.message)",
                             isRetryable: error.isRetryable)
        }
    }
}
