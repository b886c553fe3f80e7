/// The embedded ledger: `SQLLedgerStore` over a `SQLiteDatabase`, opened and migrated.
public enum SQLiteLedgerStore {
    /// Opens (creating when missing) the ledger file at `path` and migrates it. A database
    /// whose schema is newer than this code knows is refused with `.migration` (and closed).
    public static func open(path: String) async throws(StoreError) -> SQLLedgerStore {
        try await open(try SQLiteDatabase(path: path))
    }

    /// A private in-memory ledger, migrated (for tests and dry runs).
    public static func inMemory() async throws(StoreError) -> SQLLedgerStore {
        try await open(try SQLiteDatabase.inMemory())
    }

    private static func open(_ database: SQLiteDatabase) async throws(StoreError) -> SQLLedgerStore {
        do {
            return try await SQLLedgerStore.open(database)
        } catch {
            await database.close()
            throw error
        }
    }
}
