import BallastCore

extension SingleStatementWrites {
    /// Inserts `intents` intents with `orders` orders, `approvals` approvals and `audits` audit
    /// entries (binds: every intent, then every order, every approval, every entry). Fails
    /// whole with `.constraint` when any intent id or client order id is taken, or two of the
    /// rows share one.
    static func recordIntentsText(intents: Int, orders: Int, approvals: Int, audits: Int) -> String {
        intentsTexts.text(for: [intents, orders, approvals, audits]) {
            var clauses = ["i AS (\(SQLText.insert("intents", IntentRecord.sqlColumns, rows: intents)))"]
            if orders > 0 { clauses.append("o AS (\(SQLText.insert("orders", OrderRecord.sqlColumns, rows: orders)))") }
            if approvals > 0 { clauses.append("p AS (\(SQLText.insert("approvals", ApprovalRecord.sqlColumns, rows: approvals)))") }
            if audits > 0 { clauses.append("a AS (\(SQLText.insert("audit_logs", AuditEntry.sqlColumns, rows: audits)))") }
            return "WITH " + clauses.joined(separator: ", ") + " SELECT 1 AS recorded"
        }
    }

    private static let intentsTexts = SQLTextCache<[Int]>()
}
