import CSQLite
import Foundation

/// Copies the write-ahead log back into a file database from a thread of its own, so writers
/// pay for little of it.
///
/// SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, and in
/// `synchronous=NORMAL` that commit also waits for the checkpoint's fsync: one order in a
/// hundred took ten times as long as the others. Here a second connection runs `PASSIVE`
/// checkpoints (they never block a writer or a reader) every `interval`, and the writing
/// connection copies back the last few frames between its transactions (`takeCatchUp`); its
/// own automatic checkpoint stays on at a much higher threshold, as a backstop should this
/// thread fall behind.
final class WALCheckpointer: @unchecked Sendable {
    /// Pages the writing connection lets the log grow to before it checkpoints itself.
    static let backstopPages = 20_000

    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var stopping = false
    private var stopped = false
    /// Set after each checkpoint of this thread: the writing connection should now copy back
    /// the few frames committed since (see `takeCatchUp`). Guarded by `condition`.
    private var catchUpDue = false

    /// Starts checkpointing `path` every `interval` seconds; nil when the database cannot be
    /// opened a second time (the writing connection's automatic checkpoint then does the work).
    init?(path: String, interval: TimeInterval = 0.2) {
        guard let db = Self.openConnection(path: path) else { return nil }
        let connection = UncheckedConnection(handle: db)
        Thread.detachNewThread { [self] in run(connection, interval: interval) }
    }

    /// A second connection to the file database at `path`, ready to checkpoint it.
    static func openConnection(path: String) -> OpaquePointer? {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil) == SQLITE_OK,
              let db else {
            sqlite3_close_v2(db)
            return nil
        }
        sqlite3_busy_timeout(db, 1_000)
        // A connection learns that the file is in WAL mode when it first reads it: until then a
        // checkpoint does nothing (it reports a log of -1 frames).
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
        return db
    }

    /// One `PASSIVE` checkpoint on `db`: the frames in the log and how many of them are copied
    /// back (-1 for both when the connection does not see a log, or another checkpoint is running).
    @discardableResult
    static func checkpoint(_ db: OpaquePointer) -> (log: Int32, copied: Int32) {
        var log: Int32 = -1, copied: Int32 = -1
        sqlite3_wal_checkpoint_v2(db, nil, SQLITE_CHECKPOINT_PASSIVE, &log, &copied)
        return (log, copied)
    }

    /// Whether the writing connection should checkpoint the log itself now (true once after
    /// each checkpoint of this thread).
    ///
    /// Under a steady stream of commits this thread never catches the log's end: frames are
    /// appended while it copies, so the log is never wholly copied back when a writer begins,
    /// which is when SQLite starts it over from the beginning. The log then grows until the
    /// writer's backstop checkpoint, which has to sync all of it: a 50 ms stall every thousand
    /// orders. Copying the little this thread left behind from the writing connection, between
    /// its transactions, lets the next transaction restart the log.
    func takeCatchUp() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        defer { catchUpDue = false }
        return catchUpDue
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
            // A second pass copies what was committed during the first, so that the writer's
            // catch-up has only a few frames left to sync.
            Self.checkpoint(connection.handle)
            Self.checkpoint(connection.handle)
            condition.lock()
            catchUpDue = true
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
