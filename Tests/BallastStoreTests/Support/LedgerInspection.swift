import BallastStore

/// Raw looks at a ledger database, for "nothing was written" checks.
enum LedgerInspection {
    static let tables = ["accounts", "instruments", "intents", "orders", "order_fills", "positions", "approvals", "pnl_daily",
                         "metrics_daily", "audit_logs", "configs", "kill_switch_events"]

    /// The number of rows in every ledger table.
    static func rowCounts(_ database: any SQLDatabase) async throws -> [String: Int64] {
        var counts: [String: Int64] = [:]
        for table in tables {
            counts[table] = try await database.query("SELECT COUNT(*) AS n FROM \(table)", []).first?.int64("n")
        }
        return counts
    }

    static func count(_ table: String, _ database: any SQLDatabase) async throws -> Int64 {
        try await rowCounts(database)[table] ?? -1
    }
}
