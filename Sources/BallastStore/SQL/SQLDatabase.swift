/// A SQL database the ledger lives in: SQLite (embedded) or PostgreSQL.
public protocol SQLDatabase: SQLExecutor {
    var dialect: SQLDialect { get }
    /// Runs `body` in one transaction on one connection: committed when `body` returns, rolled
    /// back when it throws. Writes that must land together (an order and its audit entry, a fill
    /// and the position it moves) go through here.
    func transaction<T: Sendable>(_ body: (any SQLExecutor) async throws(StoreError) -> T) async throws(StoreError) -> T
    /// Releases connections; later calls fail with `.connection`.
    func close() async
}
