import CSQLite
import Foundation

/// Copies the write-ahead log back into a file database from a thread of its own, so writers
/// never pay for it.
///
/// SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, and in
/// `synchronous=NORMAL` that commit also waits for the checkpoint's fsync: one order in a
/// hundred took ten times as long as the others. Here a second connection runs a `PASSIVE`
/// checkpoint (it never blocks a writer or a reader) every `interval`; the writing
/// connection's own automatic checkpoint stays on at a much higher threshold, as a backstop
/// should this thread fall behind.
final class WALCheckpointer: @unchecked Sendable {
    /// Pages the writing connection lets the log grow to before it checkpoints itself.
    static let backstopPages = 20_000

    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var stopping = false
    private var stopped = false

    /// Starts checkpointing `path` every `interval` seconds; nil when the database cannot be
    /// opened a second time (the writing connection's automatic checkpoint then does the work).
    init?(path: String, interval: TimeInterval = 0.2) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil) == SQLITE_OK,
              let db else {
            sqlite3_close_v2(db)
            return nil
        }
        sqlite3_busy_timeout(db, 1_000)
        let connection = UncheckedConnection(handle: db)
        Thread.detachNewThread { [self] in run(connection, interval: interval) }
    }

    /// Stops the thread after its current checkpoint and closes its connection.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !stopped { condition.wait() }
        condition.unlock()
    }

    private func run(_ connection: UncheckedConnection, interval: TimeInterval) {
        condition.lock()
        while !stopping {
            condition.unlock()
            sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            condition.lock()
            if !stopping { _ = condition.wait(until: Date(timeIntervalSinceNow: interval)) }
        }
        sqlite3_close_v2(connection.handle)
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// The checkpoint connection, handed to the thread that alone uses it.
    private struct UncheckedConnection: @unchecked Sendable {
        let handle: OpaquePointer
    }
}
