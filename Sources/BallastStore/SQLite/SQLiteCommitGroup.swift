import Foundation

/// Group commit for `SQLiteDatabase`: transactions that queue up behind each other share one
/// `BEGIN IMMEDIATE … COMMIT`.
///
/// A commit writes every page the transaction changed to the write-ahead log, and the pages of
/// the order path's tables (the audit log's last leaf, the orders' indexes) are the same from
/// one transaction to the next: committing four transactions together writes those pages once
/// instead of four times. Each body still runs alone, inside a savepoint, so one that fails is
/// rolled back without touching the others; and no caller returns before the `COMMIT` that holds
/// its writes (or learns that it failed). Nothing outside the group sees its writes first: a
/// statement that is not part of a transaction commits the open group before it runs.
///
/// Owned by the database and only touched while its gate is held.
final class SQLiteCommitGroup: @unchecked Sendable {
    /// At most this many transactions share a commit (bounds how long the first one waits).
    static let capacity = 16

    /// Transactions whose bodies ran and wait for the shared commit; non-empty while the
    /// group's transaction is open.
    private var members: [Ticket] = []

    var isOpen: Bool { !members.isEmpty }
    var isFull: Bool { members.count >= Self.capacity }

    func join(_ ticket: Ticket) { members.append(ticket) }

    /// Commits the open group (when there is one) and tells every member how it went; a failed
    /// `COMMIT` is rolled back and reported to all of them.
    func commit(on connection: SQLiteConnection) {
        guard isOpen else { return }
        let outcome: Result<Void, StoreError>
        do throws(StoreError) {
            try connection.execute("COMMIT", [])
            outcome = .success(())
        } catch {
            _ = try? connection.execute("ROLLBACK", [])
            outcome = .failure(error)
        }
        settle(outcome)
    }

    /// Fails every waiting member with `error` (their transaction is gone).
    func abandon(_ error: StoreError) { settle(.failure(error)) }

    private func settle(_ outcome: Result<Void, StoreError>) {
        let settled = members
        members.removeAll(keepingCapacity: true)
        for ticket in settled { ticket.resolve(outcome) }
    }

    /// One member's wait for the group's commit.
    final class Ticket: @unchecked Sendable {
        private let lock = NSLock()
        private var outcome: Result<Void, StoreError>?
        private var waiter: CheckedContinuation<Result<Void, StoreError>, Never>?

        func resolve(_ result: Result<Void, StoreError>) {
            let waiting = lock.withLock { () -> CheckedContinuation<Result<Void, StoreError>, Never>? in
                outcome = result
                defer { waiter = nil }
                return waiter
            }
            waiting?.resume(returning: result)
        }

        /// Waits until the group commits (or failed to).
        func wait() async throws(StoreError) {
            let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Void, StoreError>, Never>) in
                let ready = lock.withLock { () -> Result<Void, StoreError>? in
                    if let outcome { return outcome }
                    waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
            try result.get()
        }
    }
}
