/// The server ledger: `SQLLedgerStore` over a `PostgresDatabase`, connected and migrated.
public enum PostgresLedgerStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`) and migrates the
    /// schema. Throws `.invalidConfiguration` for a malformed URL, `.connection` when the server
    /// does not answer, and `.migration` for a schema newer than this code knows (the
    /// connection is then closed).
    public static func open(url: String, options: PostgresDatabase.Options = .init()) async throws(StoreError) -> SQLLedgerStore {
        let database = try await PostgresDatabase.connect(url: url, options: options)
        do {
            return try await SQLLedgerStore.open(database)
        } catch {
            await database.close()
            throw error
        }
    }
}
