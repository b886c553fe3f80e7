import BallastCore

extension SQLLedgerStore {
    static let upsertDailyPnL = SQLText.upsert("pnl_daily", DailyPnL.sqlColumns, key: ["account", "day"])
    static let selectDailyPnL = SQLText.select(DailyPnL.sqlColumns, from: "pnl_daily", "WHERE account = ? ORDER BY day")
    static let upsertDailyMetric = SQLText.upsert("metrics_daily", DailyMetric.sqlColumns, key: ["account", "day", "name"])
    static let selectDailyMetrics = SQLText.select(DailyMetric.sqlColumns, from: "metrics_daily",
                                                   "WHERE account = ? ORDER BY day, name")
    static let insertKillSwitch = SQLText.insert("kill_switch_events", KillSwitchEvent.sqlColumns)
    static let selectKillSwitches = SQLText.select(KillSwitchEvent.sqlColumns, from: "kill_switch_events",
                                                   "WHERE account = ? ORDER BY time, id")

    public func saveDailyPnL(_ pnl: DailyPnL) async throws(StoreError) {
        try await database.execute(Self.upsertDailyPnL, pnl.sqlValues)
    }

    public func dailyPnL(account: String) async throws(StoreError) -> [DailyPnL] {
        try await database.rows(Self.selectDailyPnL, [.text(account)], as: DailyPnL.init(row:))
    }

    public func saveDailyMetric(_ metric: DailyMetric) async throws(StoreError) {
        try await database.execute(Self.upsertDailyMetric, metric.sqlValues)
    }

    public func dailyMetrics(account: String) async throws(StoreError) -> [DailyMetric] {
        try await database.rows(Self.selectDailyMetrics, [.text(account)], as: DailyMetric.init(row:))
    }

    public func recordKillSwitch(_ event: KillSwitchEvent, audit: [AuditEntry]) async throws(StoreError) {
        try await write { (sql) throws(StoreError) in
            try await sql.execute(Self.insertKillSwitch, event.sqlValues)
            try await Self.append(audit, on: sql)
        }
    }

    public func killSwitchEvents(account: String) async throws(StoreError) -> [KillSwitchEvent] {
        try await database.rows(Self.selectKillSwitches, [.text(account)], as: KillSwitchEvent.init(row:))
    }
}
