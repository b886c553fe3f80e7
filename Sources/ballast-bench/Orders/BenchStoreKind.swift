import ArgumentParser
import BallastStore
import Foundation

/// Which ledger store a benchmark persists to, and how to open a fresh one.
enum BenchStoreKind: String, ExpressibleByArgument, CaseIterable, Sendable {
    case sqlite
    case postgres

    /// A fresh, migrated, empty store. SQLite lives in `directory` (a new temporary folder by
    /// default); PostgreSQL in a new schema named after `tag`, dropped by `BenchStore.close`.
    func open(directory: String?, postgresURL: String?, tag: String) async throws -> BenchStore {
        switch self {
        case .sqlite:
            let folder = directory ?? NSTemporaryDirectory() + "ballast-bench-\(tag)"
            try? FileManager.default.removeItem(atPath: folder)
            let path = folder + "/ledger.sqlite"
            return BenchStore(store: try await SQLiteLedgerStore.open(path: path), location: path, dropSchema: nil)
        case .postgres:
            guard let url = postgresURL ?? Self.environmentURL else {
                throw BenchError("--store postgres needs --postgres-url or BALLAST_BENCH_POSTGRES_URL (or BALLAST_TEST_POSTGRES_URL)")
            }
            let schema = "bench_" + tag.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "_" }
            // All 16 stay open: a connection above the minimum arms an idle timer every time it
            // is handed back (see `PostgresDatabase.Options.minimumConnections`).
            let options = PostgresDatabase.Options(schema: schema, createsSchema: true, maximumConnections: 16, minimumConnections: 16)
            let store = try await PostgresLedgerStore.open(url: url, options: options)
            return BenchStore(store: store, location: "\(try PostgresURL(parsing: url)) schema \(schema)", dropSchema: schema)
        }
    }

    private static var environmentURL: String? {
        let environment = ProcessInfo.processInfo.environment
        return environment["BALLAST_BENCH_POSTGRES_URL"] ?? environment["BALLAST_TEST_POSTGRES_URL"]
    }
}

/// An open benchmark store and what to clean up after it.
struct BenchStore: Sendable {
    let store: SQLLedgerStore
    /// The file path, or the server and schema (password hidden).
    let location: String
    let dropSchema: String?

    func close() async {
        if let dropSchema { _ = try? await store.database.execute("DROP SCHEMA \(dropSchema) CASCADE", []) }
        await store.close()
    }
}
