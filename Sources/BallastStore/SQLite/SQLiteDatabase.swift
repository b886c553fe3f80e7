import BallastCore
import Foundation

/// The embedded SQLite database: one connection, used by one caller at a time (SQLite has a
/// single writer anyway), in WAL mode with `synchronous=NORMAL`, foreign keys on and a 5 s
/// busy timeout. Statements are prepared once and reused.
///
/// Calls wait their turn in arrival order; transactions that queue up share a commit. A
/// `transaction` body must use the executor it is given: calling the database itself from
/// inside the body would wait for the body to end.
public final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
    /// Every access to `connection` happens while `gate` is held (that is what makes the
    /// class safe to share).
    private let gate = SerialLock()
    private let connection: SQLiteConnection
    /// Transactions waiting for a shared commit.
    private let group = SQLiteCommitGroup()
    /// Checkpoints a file database's log off the write path (nil in memory).
    private let checkpointer: WALCheckpointer?

    public let dialect = SQLDialect.sqlite
    /// The file path, or `:memory:`.
    public let path: String

    /// Opens the database at `path`, creating the file and its parent folder when missing.
    /// `:memory:` opens a private in-memory database.
    public init(path: String) throws(StoreError) {
        guard !path.isEmpty else { throw StoreError(.invalidConfiguration, "the SQLite path is empty") }
        if path != ":memory:", !path.hasPrefix("file:") {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw StoreError(.connection, "cannot create the folder \(parent): \(error.localizedDescription)")
                }
            }
        }
        self.path = path
        connection = try SQLiteConnection(path: path)
        checkpointer = path == ":memory:" ? nil : WALCheckpointer(path: path)
        if checkpointer != nil { try connection.execute("PRAGMA wal_autocheckpoint=\(WALCheckpointer.backstopPages)", []) }
    }

    /// A database dropped without `close()` still stops its checkpoint thread.
    deinit { checkpointer?.stop() }

    /// A private in-memory database (gone when closed).
    public static func inMemory() throws(StoreError) -> SQLiteDatabase {
        try SQLiteDatabase(path: ":memory:")
    }

    @discardableResult
    public func execute(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> Int {
        await gate.acquire()
        defer { gate.release() }
        group.commit(on: connection)
        return try connection.execute(sql, binds)
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws(StoreError) -> [SQLRow] {
        await gate.acquire()
        defer { gate.release() }
        group.commit(on: connection)
        return try connection.query(sql, binds)
    }

    /// Runs `body` in a transaction taken with `BEGIN IMMEDIATE` (the write lock is taken up
    /// front, so two processes sharing the file cannot deadlock upgrading read locks), inside
    /// a savepoint of its own when it joins others; rolls the body back when it throws.
    /// Transactions queued behind this one share its `COMMIT` (see `SQLiteCommitGroup`); either
    /// way the call returns only once its writes are committed, and throws when the commit fails.
    public func transaction<T: Sendable>(
        _ body: (any SQLExecutor) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        await gate.acquire()
        let opensGroup = !group.isOpen
        if opensGroup {
            do throws(StoreError) { try connection.execute("BEGIN IMMEDIATE", []) } catch {
                gate.release()
                throw error
            }
        }
        let result: T
        do throws(StoreError) {
            // The member that opens the group is alone in it while its body runs: when the body
            // fails, rolling the whole transaction back undoes nothing else, so it needs no savepoint.
            result = opensGroup ? try await runAlone(body) : try await runInSavepoint(body)
        } catch {
            if !connection.inTransaction {
                group.abandon(error)   // SQLite rolled the whole transaction back
            } else if !group.isOpen {
                _ = try? connection.execute("ROLLBACK", [])
            }
            handOver()
            throw error
        }
        let ticket = SQLiteCommitGroup.Ticket()
        group.join(ticket)
        handOver()
        try await ticket.wait()
        return result
    }

    /// Releases the gate, leaving the group's transaction open only when someone waits in
    /// line: they join it, or commit it before doing anything else.
    private func handOver() {
        if !gate.hasWaiters || group.isFull {
            group.commit(on: connection)
            if checkpointer?.takeCatchUp() == true { connection.checkpoint() }
        }
        gate.release()
    }

    private func runAlone<T: Sendable>(_ body: (any SQLExecutor) async throws(StoreError) -> T) async throws(StoreError) -> T {
        let executor = SQLiteTransactionExecutor(connection: connection)
        defer { executor.finish() }
        return try await body(executor)
    }

    private func runInSavepoint<T: Sendable>(
        _ body: (any SQLExecutor) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        try connection.execute("SAVEPOINT member", [])
        let executor = SQLiteTransactionExecutor(connection: connection)
        defer { executor.finish() }
        do {
            let value = try await body(executor)
            try connection.execute("RELEASE member", [])
            return value
        } catch {
            _ = try? connection.execute("ROLLBACK TO member", [])
            _ = try? connection.execute("RELEASE member", [])
            throw error
        }
    }

    public func close() async {
        await gate.acquire()
        defer { gate.release() }
        group.commit(on: connection)
        checkpointer?.stop()
        connection.close()
    }
}
