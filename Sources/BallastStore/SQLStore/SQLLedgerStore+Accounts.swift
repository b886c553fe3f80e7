extension SQLLedgerStore {
    static let upsertAccount = SQLText.upsert("accounts", AccountRecord.sqlColumns, key: ["id"])
    static let selectAccount = SQLText.select(AccountRecord.sqlColumns, from: "accounts", "WHERE id = ?")
    static let upsertInstrument = SQLText.upsert("instruments", InstrumentRecord.sqlColumns, key: ["symbol"])
    static let selectInstruments = SQLText.select(InstrumentRecord.sqlColumns, from: "instruments", "ORDER BY symbol")
    static let insertConfig = SQLText.insert("configs", ConfigRecord.sqlColumns)
    static let selectLatestConfig = SQLText.select(ConfigRecord.sqlColumns, from: "configs",
                                                   "WHERE key = ? ORDER BY version DESC LIMIT 1")
    static let selectConfigHistory = SQLText.select(ConfigRecord.sqlColumns, from: "configs", "WHERE key = ? ORDER BY version")

    public func saveAccount(_ account: AccountRecord, audit: [AuditEntry]) async throws(StoreError) {
        try await write { (sql) throws(StoreError) in
            try await sql.execute(Self.upsertAccount, account.sqlValues)
            try await Self.append(audit, on: sql)
        }
    }

    public func account(_ id: String) async throws(StoreError) -> AccountRecord? {
        try await database.first(Self.selectAccount, [.text(id)], as: AccountRecord.init(row:))
    }

    public func saveInstrument(_ instrument: InstrumentRecord) async throws(StoreError) {
        try await database.execute(Self.upsertInstrument, instrument.sqlValues)
    }

    public func instruments() async throws(StoreError) -> [InstrumentRecord] {
        try await database.rows(Self.selectInstruments, [], as: InstrumentRecord.init(row:))
    }

    /// Two concurrent saves of one key cannot both take the same version: the second fails on
    /// the (key, version) key with a `.constraint` error rather than overwriting.
    public func saveConfig(_ config: ConfigRecord, audit: [AuditEntry]) async throws(StoreError) -> ConfigRecord {
        try await write { (sql) throws(StoreError) -> ConfigRecord in
            let rows = try await sql.query("SELECT COALESCE(MAX(version), 0) AS latest FROM configs WHERE key = ?",
                                           [.text(config.key)])
            var stored = config
            stored.version = (try rows.first?.int("latest") ?? 0) + 1
            try await sql.execute(Self.insertConfig, stored.sqlValues)
            try await Self.append(audit, on: sql)
            return stored
        }
    }

    public func config(_ key: String) async throws(StoreError) -> ConfigRecord? {
        try await database.first(Self.selectLatestConfig, [.text(key)], as: ConfigRecord.init(row:))
    }

    public func configHistory(_ key: String) async throws(StoreError) -> [ConfigRecord] {
        try await database.rows(Self.selectConfigHistory, [.text(key)], as: ConfigRecord.init(row:))
    }
}
