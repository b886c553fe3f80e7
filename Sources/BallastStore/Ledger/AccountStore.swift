/// Accounts, instruments and versioned configuration documents.
public protocol AccountStore: Sendable {
    /// Inserts or replaces an account (with its audit entry).
    func saveAccount(_ account: AccountRecord, audit: [AuditEntry]) async throws(StoreError)
    func account(_ id: String) async throws(StoreError) -> AccountRecord?
    func saveInstrument(_ instrument: InstrumentRecord) async throws(StoreError)
    func instruments() async throws(StoreError) -> [InstrumentRecord]
    /// Stores the next version of `config.key` (its `version` is ignored) and returns it as stored.
    func saveConfig(_ config: ConfigRecord, audit: [AuditEntry]) async throws(StoreError) -> ConfigRecord
    /// The latest version of `key`, or nil when never saved.
    func config(_ key: String) async throws(StoreError) -> ConfigRecord?
    /// Every version of `key`, oldest first.
    func configHistory(_ key: String) async throws(StoreError) -> [ConfigRecord]
}
