import BallastCore
import BallastStore

/// What the chaos benchmark's processes share: the store they open, and the account (the
/// instrument and venue settings are `OrderPathFixture`'s).
enum ChaosLedger {
    static func open(_ kind: BenchStoreKind, directory: String, postgresURL: String?, schema: String?) async throws -> SQLLedgerStore {
        switch kind {
        case .sqlite:
            return try await SQLiteLedgerStore.open(path: directory + "/ledger.sqlite")
        case .postgres:
            guard let postgresURL, let schema else { throw BenchError("a postgres chaos session needs --postgres-url and --schema") }
            return try await PostgresLedgerStore.open(url: postgresURL, options: .init(schema: schema, createsSchema: true))
        }
    }

    static func ensureAccount(_ ledger: SQLLedgerStore) async throws {
        guard try await ledger.account(ChaosScript.account) == nil else { return }
        try await ledger.saveAccount(AccountRecord(id: ChaosScript.account, broker: "paper", currency: "USD", mode: "netting",
                                                   createdAt: ChaosScript.start), audit: [])
    }

    /// How many of the script's intents are recorded (they are recorded in step order).
    static func recordedIntents(_ ledger: SQLLedgerStore) async throws -> Int {
        try await count("SELECT COUNT(*) AS n FROM intents WHERE account = ? AND id LIKE 'chaos/%'", ledger)
    }

    static func count(_ sql: String, _ ledger: SQLLedgerStore) async throws -> Int {
        let rows = try await ledger.database.query(sql, [.text(ChaosScript.account)])
        guard case .integer(let value) = rows.first?["n"] else { throw BenchError("cannot count: \(sql)") }
        return Int(value)
    }
}
