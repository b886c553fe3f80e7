import Foundation

/// Writes that arrive while one is in flight, written together by the next one.
///
/// On PostgreSQL a statement's fixed cost (a round trip, planning, starting each data-modifying
/// clause, reading back every CHECK of the tables it writes, the commit) is most of what a
/// one-row write costs the server. When several callers write the same kind of rows at once,
/// the first writes alone; those that arrive meanwhile queue, and when it ends the longest
/// waiting of them writes the whole queue (up to `capacity`) in one go and hands each caller
/// its own answer. A caller alone pays nothing more than its write, and a caller never writes
/// for others before its own write is due.
final class WriteCombiner<Request: Sendable, Answer: Sendable>: @unchecked Sendable {
    /// Writes `requests` together; returns one answer per request, in order.
    typealias Batch = @Sendable ([Request]) async -> [Result<Answer, StoreError>]

    /// The most requests one batch writes.
    let capacity: Int

    private let lock = NSLock()
    /// Whether a batch is being written. Guarded by `lock`.
    private var writing = false
    /// Callers waiting for their request to be written, oldest first. Guarded by `lock`.
    private var waiting: [Waiter] = []

    init(capacity: Int = 16) {
        precondition(capacity > 0, "a batch holds at least one request")
        self.capacity = capacity
    }

    /// How many callers wait for a batch (for tests).
    var waitingCount: Int { lock.withLock { waiting.count } }

    /// Writes `request`, alone or with others, through `batch`, and returns its answer.
    func write(_ request: Request, with batch: Batch) async throws(StoreError) -> Answer {
        let turn = await withCheckedContinuation { (continuation: CheckedContinuation<Turn, Never>) in
            let leads = lock.withLock { () -> Bool in
                guard writing else {
                    writing = true
                    return true
                }
                waiting.append(Waiter(request: request, continuation: continuation))
                return false
            }
            if leads { continuation.resume(returning: .lead(others: [])) }
        }
        switch turn {
        case .answered(let answer):
            return try answer.get()
        case .lead(let others):
            let answers = await batch([request] + others.map(\.request))
            precondition(answers.count == others.count + 1, "a batch answers every request")
            for (waiter, answer) in zip(others, answers.dropFirst()) {
                waiter.continuation.resume(returning: .answered(answer))
            }
            handOver()
            return try answers[0].get()
        }
    }

    /// Gives the next batch to the longest waiting caller, or ends the writing when nobody waits.
    private func handOver() {
        let next = lock.withLock { () -> (leader: Waiter, others: [Waiter])? in
            guard !waiting.isEmpty else {
                writing = false
                return nil
            }
            let taken = Array(waiting.prefix(capacity))
            waiting.removeFirst(taken.count)
            return (taken[0], Array(taken.dropFirst()))
        }
        next?.leader.continuation.resume(returning: .lead(others: next?.others ?? []))
    }

    /// What a waiting caller is woken with.
    private enum Turn: Sendable {
        /// Another caller wrote the request.
        case answered(Result<Answer, StoreError>)
        /// The caller writes its request with `others`.
        case lead(others: [Waiter])
    }

    private struct Waiter: Sendable {
        let request: Request
        let continuation: CheckedContinuation<Turn, Never>
    }
}
