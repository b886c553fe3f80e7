import PostgresNIO
import Synchronization

/// Runs statements on one leased connection: the executor a `PostgresDatabase` transaction hands
/// to its body, and the path every single statement takes.
struct PostgresConnectionExecutor: SQLExecutor {
    let connection: PostgresConnection
    let logger: Logger
    let statements: PostgresStatementCache
    /// Set when the server reported a serialization failure or deadlock, so the transaction
    /// that owns this executor knows it may run again (whatever error its body turned that into).
    let serializationFailure: Flag?

    init(connection: PostgresConnection, logger: Logger, statements: PostgresStatementCache,
         tracksSerializationFailures: Bool = false) {
        self.connection = connection
        self.logger = logger
        self.statements = statements
        self.serializationFailure = tracksSerializationFailures ? Flag() : nil
    }

    final class Flag: Sendable {
        private let value = Mutex(false)
        func set() { value.withLock { $0 = true } }
        var isSet: Bool { value.withLock { $0 } }
    }

    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> Int {
        try await run(sql, binds).affectedRows
    }

    func query(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [SQLRow] {
        try PostgresValueCoding.rows(try await rows(sql, binds))
    }

    /// The rows of a query: as a named prepared statement when it has a slot (see
    /// `PostgresPreparedSlots`), else unnamed.
    func rows(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [PostgresRow] {
        let statement = statements.statement(sql)
        guard statement.statements.count == 1, statement.parameterCount == binds.count else { return try await run(sql, binds).rows }
        do {
            if let rows = try await PostgresPreparedSlots.query(statement.sql, binds, on: connection, logger: logger) { return rows }
        } catch {
            if PostgresErrorMapping.isSerializationFailure(error) { serializationFailure?.set() }
            throw PostgresErrorMapping.storeError(error)
        }
        return try await run(sql, binds).rows
    }

    /// Runs `sql`; a script of several statements runs them in order (binds are then not allowed)
    /// and returns the last one's rows and the total of rows changed.
    func run(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> (rows: [PostgresRow], affectedRows: Int) {
        let statement = statements.statement(sql)
        guard statement.parameterCount == binds.count else {
            throw StoreError(.database, "statement has \(statement.parameterCount) placeholders but \(binds.count) values were bound")
        }
        guard statement.statements.count == 1 || binds.isEmpty else {
            throw StoreError(.database, "a script of several statements cannot take bound values")
        }
        var result: (rows: [PostgresRow], affectedRows: Int) = ([], 0)
        for piece in statement.statements {
            let query = PostgresQuery(unsafeSQL: piece, binds: PostgresValueCoding.bindings(binds))
            let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
            do {
                let answer = try await future.get()
                result = (answer.rows, result.affectedRows + (answer.metadata.rows ?? 0))
            } catch {
                if PostgresErrorMapping.isSerializationFailure(error) {
                    serializationFailure?.set()
                }
                throw PostgresErrorMapping.storeError(error)
            }
        }
        return result
    }

    var serializationFailed: Bool {
        serializationFailure?.isSet ?? false
    }
}
