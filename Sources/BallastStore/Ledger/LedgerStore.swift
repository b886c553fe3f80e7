/// Everything Ballast persists about trading, in one store: SQLite (embedded default) or
/// PostgreSQL, behind the same protocols, with the same migrations and the same contract tests.
///
/// Each call is one transaction. Calls that change state take the audit entries that describe
/// the change and write them in the same transaction, so the audit log never misses a change
/// and never records one that did not happen.
public protocol LedgerStore: OrderStore, ApprovalStore, AuditStore, AccountStore, RiskEventStore, ReportStore {
    /// Brings the schema to the current version (idempotent; runs at open).
    func migrate() async throws(StoreError)
    /// The schema version in force.
    func schemaVersion() async throws(StoreError) -> Int
    func close() async
}
