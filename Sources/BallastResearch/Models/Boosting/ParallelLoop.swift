import Dispatch
import Foundation
import Synchronization

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

/// Shared between a pool's caller and its workers. A run publishes its job by bumping
/// `generation` (release) and waits for `pending` to reach zero (acquire). Workers spin briefly
/// on the generation before they sleep on their semaphore, because a tree grows through
/// thousands of short parallel steps and a futex wake-up per step costs more than the step.
final class WorkerState: @unchecked Sendable {
    /// Spins (each a load and a pause) a worker waits for the next job before it sleeps.
    static let spinLimit = 20_000
    private let workers: Int
    private let start: [DispatchSemaphore]
    private let generation = Atomic<Int>(0)
    private let pending = Atomic<Int>(0)
    /// Bit `w` set: worker `w` sleeps (or is about to) on `start[w]`.
    private let sleeping = Atomic<UInt64>(0)
    private var job: ((Int) -> Void)?
    private var count = 0
    private var stopping = false

    init(workers: Int) {
        precondition(workers < 64, "WorkerState: at most 63 workers")
        self.workers = workers
        start = (0..<workers).map { _ in DispatchSemaphore(value: 0) }
    }

    func run(_ count: Int, _ body: @escaping (Int) -> Void) {
        job = body
        self.count = count
        pending.store(workers, ordering: .relaxed)
        publish()
        for index in stride(from: 0, to: count, by: workers + 1) { body(index) }
        var spins = 0
        while pending.load(ordering: .acquiring) > 0 {
            spins += 1
            if spins > Self.spinLimit { sched_yield() }
        }
        job = nil
    }

    /// Starts the next generation and wakes the workers that went to sleep.
    private func publish() {
        generation.wrappingAdd(1, ordering: .sequentiallyConsistent)
        let asleep = sleeping.exchange(0, ordering: .sequentiallyConsistent)
        for worker in 0..<workers where asleep & (1 << UInt64(worker)) != 0 { start[worker].signal() }
    }

    func work(as worker: Int) {
        var seen = 0
        while true {
            seen = awaitGeneration(after: seen, worker: worker)
            if stopping { return }
            if let job {
                for index in stride(from: worker + 1, to: count, by: workers + 1) { job(index) }
            }
            pending.wrappingSubtract(1, ordering: .releasing)
        }
    }

    /// Spins, then sleeps, until the generation moves past `seen`; returns the new one.
    private func awaitGeneration(after seen: Int, worker: Int) -> Int {
        let bit: UInt64 = 1 << UInt64(worker)
        var spins = 0
        while true {
            let current = generation.load(ordering: .acquiring)
            if current != seen { return current }
            spins += 1
            guard spins > Self.spinLimit else { continue }
            sleeping.bitwiseOr(bit, ordering: .sequentiallyConsistent)
            if generation.load(ordering: .sequentiallyConsistent) != seen {
                // Published meanwhile: if the caller already took our bit, its signal is on the way.
                let before = sleeping.bitwiseAnd(~bit, ordering: .sequentiallyConsistent).oldValue
                if before & bit == 0 { start[worker].wait() }
                continue
            }
            start[worker].wait()
        }
    }

    func stop() {
        stopping = true
        publish()
    }
}

/// Carries a non-`Sendable` value (a raw buffer pointer whose pieces threads write disjointly)
/// into parallel work.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
