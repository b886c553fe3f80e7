import Dispatch
import Foundation

/// Runs `count` independent pieces of work on `threads` threads: the caller and `threads - 1`
/// workers of its own, started once per loop value. (Not `concurrentPerform`: on Linux,
/// libdispatch adds workers only while the machine looks idle, so on a busy machine it runs
/// everything on the caller.) The pieces write disjoint memory, so results never depend on the
/// thread count; only the time does.
struct ParallelLoop: Sendable {
    let threads: Int
    private let pool: WorkerPool?

    init(threads: Int) {
        self.threads = max(1, threads)
        pool = threads > 1 ? WorkerPool(workers: threads - 1) : nil
    }

    /// Calls `body(i)` once for every `i` in `0..<count`; piece `i` runs on thread `i % threads`.
    func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard let pool, count > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { pool.run(count, $0) }
    }

    /// Splits `0..<total` into at most `threads` contiguous ranges (at least `minimum` long)
    /// and calls `body` on each.
    func forEachRange(_ total: Int, minimum: Int = 4096, _ body: (Range<Int>) -> Void) {
        let pieces = max(1, min(threads, total / max(minimum, 1)))
        let size = (total + pieces - 1) / max(pieces, 1)
        forEach(pieces) { piece in
            let start = piece * size
            body(start..<min(total, start + size))
        }
    }
}

/// The workers behind a `ParallelLoop`; they stop when the last loop value holding it goes.
final class WorkerPool: Sendable {
    private let state: WorkerState

    init(workers: Int) {
        state = WorkerState(workers: workers)
        for worker in 0..<workers {
            let state = self.state
            let thread = Thread { state.work(as: worker) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    deinit { state.stop() }

    /// Runs `body` for `0..<count` on the caller (pieces `0, n, 2n, …`) and the workers, and
    /// returns when all are done.
    func run(_ count: Int, _ body: @escaping (Int) -> Void) {
        state.run(count, body)
    }
}

/// Shared between a pool's caller and its workers; the semaphores order every access.
final class WorkerState: @unchecked Sendable {
    private let workers: Int
    private let start: [DispatchSemaphore]
    private let done = DispatchSemaphore(value: 0)
    private var job: ((Int) -> Void)?
    private var count = 0
    private var stopping = false

    init(workers: Int) {
        self.workers = workers
        start = (0..<workers).map { _ in DispatchSemaphore(value: 0) }
    }

    func run(_ count: Int, _ body: @escaping (Int) -> Void) {
        job = body
        self.count = count
        let active = min(workers, count - 1)
        for worker in 0..<active { start[worker].signal() }
        for index in stride(from: 0, to: count, by: workers + 1) { body(index) }
        for _ in 0..<active { done.wait() }
        job = nil
    }

    func work(as worker: Int) {
        while true {
            start[worker].wait()
            if stopping { return }
            if let job {
                for index in stride(from: worker + 1, to: count, by: workers + 1) { job(index) }
            }
            done.signal()
        }
    }

    func stop() {
        stopping = true
        for semaphore in start { semaphore.signal() }
    }
}

/// Carries a non-`Sendable` value (a raw buffer pointer whose pieces threads write disjointly)
/// into parallel work.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
