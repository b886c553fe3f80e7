import BallastCore

extension SingleStatementWrites {
    /// Inserts `intents` intents with `orders` orders, `approvals` approvals and `audits` audit
    /// entries (binds: every intent, then every order, every approval, every entry). Fails
    /// whole with `.constraint` when any intent id or client order id is taken, or two of the
    /// rows share one.
    static func recordIntentsText(intents: Int, orders: Int, approvals: Int, audits: Int) -> String {
        intentsTexts.text(for: [intents, orders, approvals, audits]) {
            var clauses = ["i AS (\(insertRows("intents", IntentRecord.sqlColumns, count: intents)))"]
            if orders > 0 { clauses.append("o AS (\(insertRows("orders", OrderRecord.sqlColumns, count: orders)))") }
            if approvals > 0 {
                clauses.append("p AS (\(insertRows("approvals", ApprovalRecord.sqlColumns, count: approvals)))")
            }
            if audits > 0 { clauses.append("a AS (\(insertRows("audit_logs", AuditEntry.sqlColumns, count: audits)))") }
            return "WITH " + clauses.joined(separator: ", ") + " SELECT 1 AS recorded"
        }
    }

    private static let intentsTexts = SQLTextCache<[Int]>()

    /// `INSERT INTO table (columns) VALUES (…), (…)`: PostgreSQL types each row's binds by
    /// the target columns, as for one row.
    private static func insertRows(_ table: String, _ columns: [String], count: Int) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + rows(columns.count, count: count)
    }
}
