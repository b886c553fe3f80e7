import Foundation

/// The executor a `SQLiteDatabase.transaction` body runs its statements on. It reaches the
/// connection directly (the transaction already holds the database's turn) and stops working
/// when the transaction ends, so an executor that escapes its body cannot write outside it.
final class SQLiteTransactionExecutor: SQLExecutor, @unchecked Sendable {
    /// Guards `connection` against a body that runs statements from concurrent child tasks.
    private let lock = NSLock()
    private var connection: SQLiteConnection?

    init(connection: SQLiteConnection) {
        self.connection = connection
    }

    func finish() {
        lock.withLock { connection = nil }
    }

    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> Int {
        try withConnection { (connection) throws(StoreError) in try connection.execute(sql, binds) }
    }

    func query(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [SQLRow] {
        try withConnection { (connection) throws(StoreError) in try connection.query(sql, binds) }
    }

    private func withConnection<T>(_ body: (SQLiteConnection) throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else { throw StoreError(.connection, "the transaction has ended") }
        return try body(connection)
    }
}
