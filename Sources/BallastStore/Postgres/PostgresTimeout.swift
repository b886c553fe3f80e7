import BallastCore
import Synchronization

/// Bounds how long an operation may wait for a pooled connection. When time runs out before the
/// operation marks itself started, its task is cancelled (which ends the wait for a connection)
/// and `.connection` is thrown. Once started, a statement is never abandoned halfway: giving up
/// on a write that may still commit would leave its outcome unknown.
///
/// The deadline is an alarm on the shared `DeadlineThread` (a lock, not a timer task, per
/// statement: the order path runs thousands a second), armed when the operation starts.
enum PostgresTimeout {
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
        // Running: let it finish.
        let (result, rang) = await TimedTask.run(timer: DeadlineThread.shared, after: nanoseconds(limit),
                                                 cancels: { !start.isMarked }) { () async throws -> T in try await operation(start) }
        switch result {
        case .success(let value): return value
        case .failure(let error):
            if rang, !start.isMarked {
                throw StoreError(.connection, "PostgreSQL gave no connection for \(what) within \(limit)", isRetryable: true)
            }
            throw PostgresErrorMapping.storeError(error)
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000
    }
}
