import BallastCore

/// The order path's hot writes as one statement each, for PostgreSQL.
///
/// Every statement is a round trip to a PostgreSQL server, and a write made of several
/// statements inside BEGIN … COMMIT pays one trip per statement (recording a fill took six).
/// A statement is atomic on its own, and PostgreSQL lets one statement hold several inserts and
/// updates as data-modifying `WITH` clauses: each write below is one trip, all or nothing, and
/// foreign keys are checked at its end (so an order may reference the intent inserted beside
/// it). SQLite does not accept data-modifying `WITH` clauses; it runs in process, where a
/// statement costs no trip, and keeps the transactions of `SQLLedgerStore`.
///
/// Conditions the transactions check between statements are folded into the statement:
/// later clauses run only `WHERE EXISTS` the row an earlier clause changed. Where the outcome
/// needs more than a count (a duplicate intent must be answered with the first records), the
/// statement leaves the condition to a constraint: it fails whole, and the caller runs the
/// general transaction, which reads the answer.
///
/// Texts depend only on which parts a write has, how many rows of each it carries (a batch of
/// fills or intents, their audit entries), so the statement cache sees a few dozen distinct texts.
enum SingleStatementWrites {
    private static let updateTexts = SQLTextCache<Int>()
    private static let fillTexts = SQLTextCache<Int>()

    static func updateOrderText(audits: Int) -> String {
        updateTexts.text(for: audits) { updateOrder(audits: audits) }
    }

    static func recordFillText(audits: Int) -> String {
        fillTexts.text(for: audits) { recordFill(audits: audits) }
    }

    /// Updates the order when its status is the expected one (binds: the state columns, the id,
    /// the expected status), with the audit entries only then; returns `changed`.
    private static func updateOrder(audits: Int) -> String {
        let update = "UPDATE orders SET " + SQLText.assignments(OrderRecord.sqlStateColumns)
            + " WHERE id = ? AND status = ? RETURNING 1"
        var clauses = ["u AS (\(update))"]
        if audits > 0 { clauses.append("a AS (\(insertAudit(audits, when: "u")))") }
        return "WITH " + clauses.joined(separator: ", ") + " SELECT count(*) AS changed FROM u"
    }

    /// Inserts the fill unless its id is recorded and, only when it was new, overwrites the
    /// order's state (binds: the state columns, then the id), upserts the position and appends the
    /// audit entries; returns `fills` (1 when new) and `orders` (the orders overwritten).
    private static func recordFill(audits: Int) -> String {
        let fill = SQLText.insert("order_fills", BrokerFill.sqlColumns, suffix: "ON CONFLICT (account, id) DO NOTHING RETURNING 1")
        let order = "UPDATE orders SET " + SQLText.assignments(OrderRecord.sqlStateColumns)
            + " WHERE id = ? AND EXISTS (SELECT 1 FROM f) RETURNING 1"
        let columns = PositionRecord.sqlColumns
        let position = "INSERT INTO positions (\(columns.joined(separator: ", "))) "
            + conditionalRows(columns, count: 1, when: "f") + " " + SQLText.onConflictUpdate(columns, key: PositionRecord.sqlKey)
        var clauses = ["f AS (\(fill))", "o AS (\(order))", "p AS (\(position))"]
        if audits > 0 { clauses.append("a AS (\(insertAudit(audits, when: "f")))") }
        return "WITH " + clauses.joined(separator: ", ") + " SELECT (SELECT count(*) FROM f) AS fills, (SELECT count(*) FROM o) AS orders"
    }

    /// Appends `count` audit entries when `clause` changed a row, none otherwise.
    private static func insertAudit(_ count: Int, when clause: String) -> String {
        let columns = AuditEntry.sqlColumns
        return "INSERT INTO audit_logs (\(columns.joined(separator: ", "))) " + conditionalRows(columns, count: count, when: clause)
    }

    /// `SELECT * FROM (VALUES …) AS v (columns) WHERE EXISTS (SELECT 1 FROM clause)`. The
    /// values are bound with their types (int8, text), so the rows need no casts; they must
    /// not be NULL (an untyped NULL in VALUES would read as text).
    private static func conditionalRows(_ columns: [String], count: Int, when clause: String) -> String {
        "SELECT * FROM (VALUES \(SQLText.valueRows(columns.count, count: count))) AS v (\(columns.joined(separator: ", "))) "
            + "WHERE EXISTS (SELECT 1 FROM \(clause))"
    }
}
