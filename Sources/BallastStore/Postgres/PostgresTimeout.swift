import Synchronization

/// Bounds how long an operation may wait for a pooled connection. When time runs out before the
/// operation marks itself started, its task is cancelled (which ends the wait for a connection)
/// and `.connection` is thrown. Once started, a statement is never abandoned halfway: giving up
/// on a write that may still commit would leave its outcome unknown.
enum PostgresTimeout {
    struct Expired: Error {}

    /// Set by the operation once it holds a connection.
    final class Start: Sendable {
        private let started = Atomic<Bool>(false)
        func mark() { started.store(true, ordering: .releasing) }
        var isMarked: Bool { started.load(ordering: .acquiring) }
    }

    static func run<T: Sendable>(
        _ limit: Duration, what: String, _ operation: @escaping @Sendable (Start) async throws -> T
    ) async throws(StoreError) -> T {
        let start = Start()
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await operation(start) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    if start.isMarked { return nil }   // running: let it finish
                    throw Expired()
                }
                defer { group.cancelAll() }
                while let result = try await group.next() {
                    if let value = result { return value }
                }
                throw Expired()
            }
        } catch is Expired {
            throw StoreError(.connection, "PostgreSQL gave no connection for \(what) within \(limit)", isRetryable: true)
        } catch {
            throw PostgresErrorMapping.storeError(error)
        }
    }
}
