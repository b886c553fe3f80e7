import BallastStore
import Foundation

/// A store implementation tests run against (the store contract suite, the router over a
/// paper venue): a name and a factory giving a fresh, migrated, empty store.
public struct StoreBackend: Sendable, CustomStringConvertible {
    public let name: String
    /// Whether `StoreHandle.reopen` works (a file or server database, not a private in-memory one).
    public let reopens: Bool
    public let make: @Sendable () async throws -> StoreHandle

    public init(name: String, reopens: Bool, make: @escaping @Sendable () async throws -> StoreHandle) {
        self.name = name
        self.reopens = reopens
        self.make = make
    }

    /// The name, which is how a test argument shows.
    public var description: String { name }

    /// Every backend the contract suite runs on.
    public static var all: [StoreBackend] { [sqliteFile, sqliteMemory] + postgres }

    public static var reopenable: [StoreBackend] { all.filter(\.reopens) }

    public static let sqliteFile = StoreBackend(name: "sqlite-file", reopens: true) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-store-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("nested/ledger.sqlite").path
        let store = try await SQLiteLedgerStore.open(path: path)
        return StoreHandle(store: store, database: store.database,
                           reopen: { try await SQLiteLedgerStore.open(path: path) },
                           cleanup: { try? FileManager.default.removeItem(at: folder) })
    }

    public static let sqliteMemory = StoreBackend(name: "sqlite-memory", reopens: false) {
        let store = try await SQLiteLedgerStore.inMemory()
        return StoreHandle(store: store, database: store.database, reopen: nil, cleanup: {})
    }

    // MARK: PostgreSQL
    /// The server at BALLAST_TEST_POSTGRES_URL (none when unset): each store works in a fresh
    /// schema of its own, migrated, and dropped again by `cleanup`.
    public static var postgres: [StoreBackend] {
        guard let url = postgresURL else { return [] }
        return [StoreBackend(name: "postgres", reopens: true) {
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let options = PostgresDatabase.Options(schema: schema, timeout: .seconds(120))
            var creating = options
            creating.createsSchema = true
            let store = try await PostgresLedgerStore.open(url: url, options: creating)
            return StoreHandle(store: store, database: store.database,
                               reopen: { try await PostgresLedgerStore.open(url: url, options: options) },
                               cleanup: {
                                   guard let admin = try? await PostgresDatabase.connect(url: url) else { return }
                                   _ = try? await admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", [])
                                   await admin.close()
                               })
        }]
    }

    /// The PostgreSQL server the contract suite also runs on, when given.
    public static var postgresURL: String? { PostgresTestServer.url }
}

/// A store under test, with the raw database behind it (for checks the protocols cannot make).
public struct StoreHandle: Sendable {
    public let store: any LedgerStore
    public let database: any SQLDatabase
    /// Opens the same database again, migrated (nil when the backend cannot).
    public let reopen: (@Sendable () async throws -> any LedgerStore)?
    public let cleanup: @Sendable () async -> Void

    public init(store: any LedgerStore, database: any SQLDatabase, reopen: (@Sendable () async throws -> any LedgerStore)?,
                cleanup: @escaping @Sendable () async -> Void) {
        self.store = store
        self.database = database
        self.reopen = reopen
        self.cleanup = cleanup
    }
}

/// Runs `body` with a fresh store from `backend`, closing and removing it afterwards.
public func withStore(_ backend: StoreBackend, _ body: (StoreHandle) async throws -> Void) async throws {
    let handle = try await backend.make()
    do {
        try await body(handle)
    } catch {
        await handle.store.close()
        await handle.cleanup()
        throw error
    }
    await handle.store.close()
    await handle.cleanup()
}
