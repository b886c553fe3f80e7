import BallastCore

extension SingleStatementWrites {
    /// Inserts `fills` fills (a taken id fails the statement whole), overwrites the state of
    /// `orders` orders (binds per order: the state columns, then the id), upserts `positions`
    /// positions and appends the audit entries. One `UPDATE` clause per order: the orders are
    /// distinct, and each clause's own binds keep the nullable order columns typed.
    static func recordFillsText(fills: Int, orders: Int, positions: Int, audits: Int) -> String {
        fillsTexts.text(for: [fills, orders, positions, audits]) {
            buildRecordFills(fills: fills, orders: orders, positions: positions, audits: audits)
        }
    }

    private static let fillsTexts = SQLTextCache<[Int]>()

    private static func buildRecordFills(fills: Int, orders: Int, positions: Int, audits: Int) -> String {
        var clauses = ["f AS (\(SQLText.insert("order_fills", BrokerFill.sqlColumns, rows: fills, suffix: "RETURNING 1")))"]
        let update = "UPDATE orders SET " + SQLText.assignments(OrderRecord.sqlStateColumns) + " WHERE id = ? RETURNING 1"
        clauses += (0..<orders).map { "o\($0) AS (\(update))" }
        if positions > 0 {
            clauses.append("p AS (\(SQLText.upsert("positions", PositionRecord.sqlColumns, key: PositionRecord.sqlKey, rows: positions)))")
        }
        if audits > 0 { clauses.append("a AS (\(SQLText.insert("audit_logs", AuditEntry.sqlColumns, rows: audits)))") }
        // Every order has a fill of the batch, whose foreign key fails the statement when the
        // order is not recorded.
        return "WITH " + clauses.joined(separator: ", ") + " SELECT count(*) AS fills FROM f"
    }
}
