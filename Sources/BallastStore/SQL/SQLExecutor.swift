/// Runs statements on one connection (inside a transaction, or on their own).
/// Statements use `?` placeholders, bound in order from `binds`.
public protocol SQLExecutor: Sendable {
    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> Int
    /// Runs a query and returns every row.
    func query(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [SQLRow]
}
