/// Bounds how long an operation may wait. When time runs out the operation's task is cancelled
/// (which ends a wait for a pooled connection) and `.connection` is thrown.
enum PostgresTimeout {
    struct Expired: Error {}

    static func run<T: Sendable>(
        _ limit: Duration, what: String, _ operation: @escaping @Sendable () async throws -> T
    ) async throws(StoreError) -> T {
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await operation() }
                group.addTask {
                    try await Task.sleep(for: limit)
                    throw Expired()
                }
                defer { group.cancelAll() }
                // The first child to finish decides: a value, the operation's error, or Expired.
                guard let value = try await group.next() ?? nil else { throw Expired() }
                return value
            }
        } catch is Expired {
            throw StoreError(.connection, "PostgreSQL did not answer \(what) within \(limit)", isRetryable: true)
        } catch {
            throw PostgresErrorMapping.storeError(error)
        }
    }
}
