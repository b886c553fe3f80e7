import Synchronization

/// Rewritten statements by their `?` text, shared by every connection of one `PostgresDatabase`:
/// the order path runs the same few statements over and over, and rewriting scans every byte.
final class PostgresStatementCache: Sendable {
    /// Statements built per call (an `IN (?, …)` of varying length, DDL naming a schema) could
    /// grow the cache without end; past this many it starts again.
    private static let capacity = 512
    private let statements = Mutex<[String: PostgresStatement]>([:])

    /// `sql` rewritten, from the cache when it has been seen before.
    func statement(_ sql: String) -> PostgresStatement {
        if let cached = statements.withLock({ $0[sql] }) { return cached }
        let statement = PostgresStatement(sql)
        statements.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            cache[sql] = statement
        }
        return statement
    }
}
