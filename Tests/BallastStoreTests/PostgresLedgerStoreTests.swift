import Foundation
import Testing
import BallastStore
import BallastTestSupport

@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipReason)))
struct PostgresLedgerStoreTests {
    @Test func auditLogRefusesTruncateAsWellAsUpdateAndDelete() async throws {
        let url = try #require(PostgresTestServer.url)
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let store = try await PostgresLedgerStore.open(url: url, options: .init(schema: schema, createsSchema: true, timeout: .seconds(120)))
        for statement in ["TRUNCATE audit_logs", "UPDATE audit_logs SET actor = 'x'", "DELETE FROM audit_logs"] {
            let error = await #expect(throws: StoreError.self) { try await store.database.execute(statement, []) }
            #expect(error?.code == .constraint)
            #expect(error?.message.contains("append-only") == true)
        }
        #expect(try await store.schemaVersion() == Migrator.ledger.latestVersion)
        try await store.database.execute("DROP SCHEMA \(schema) CASCADE", [])
        await store.close()
    }
}

@Suite struct PostgresLedgerStoreOpenTests {
    @Test func malformedURLFailsBeforeConnecting() async {
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresLedgerStore.open(url: "postgres://u:hunter2@h:99999/db")
        }
        #expect(error?.code == .invalidConfiguration)
        #expect(error?.description.contains("hunter2") == false)
    }
}

@Suite struct PostgresOptionsTests {
    @Test(arguments: [
        (PostgresDatabase.Options(maximumConnections: 4, minimumConnections: 5), "minimumConnections (5) must be from 0 to maximumConnections (4)"),
        (PostgresDatabase.Options(minimumConnections: -1), "minimumConnections (-1) must be from 0 to maximumConnections (20)"),
        (PostgresDatabase.Options(keepAlive: .zero), "keepAlive must be positive, or nil for none"),
        (PostgresDatabase.Options(maximumConnections: 0), "maximumConnections and transactionAttempts must be positive"),
    ])
    func poolSettingsOutOfRangeAreRefusedBeforeConnecting(options: PostgresDatabase.Options, message: String) async {
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresDatabase.connect(url: "postgres://u@127.0.0.1:1/db", options: options)
        }
        #expect(error?.code == .invalidConfiguration)
        #expect(error?.message.contains(message) == true)
    }
}
