import Foundation
import BallastStore

/// The PostgreSQL server the tests run against: `BALLAST_TEST_POSTGRES_URL` (set by `.ci/run`,
/// which starts a throwaway cluster). Tests that need it are skipped when it is unset.
public enum PostgresTestServer {
    public static let url = ProcessInfo.processInfo.environment["BALLAST_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    public static let isAvailable = url != nil
    /// Why tests that need the server are skipped (for `.enabled(if:_:)`).
    public static let skipReason = "BALLAST_TEST_POSTGRES_URL is unset: no PostgreSQL server to test against (.ci/run starts one)"

    /// A database working in a fresh, empty schema of its own, dropped again afterwards.
    @discardableResult
    public static func withFreshDatabase<T: Sendable>(
        _ body: (PostgresDatabase) async throws -> T
    ) async throws -> T {
        let database = try await freshDatabase()
        do {
            let value = try await body(database)
            await drop(database)
            return value
        } catch {
            await drop(database)
            throw error
        }
    }

    /// Connects in a new schema; the caller drops it with `drop(_:)`.
    public static func freshDatabase() async throws -> PostgresDatabase {
        guard let url else { throw StoreError(.invalidConfiguration, "BALLAST_TEST_POSTGRES_URL is unset") }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try await PostgresDatabase.connect(
            url: url, options: .init(schema: schema, createsSchema: true, timeout: .seconds(120)))
    }

    public static func drop(_ database: PostgresDatabase) async {
        if let schema = database.options.schema {
            _ = try? await database.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", [])
        }
        await database.close()
    }
}
