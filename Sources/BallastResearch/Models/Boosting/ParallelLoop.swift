import Dispatch

/// Runs `count` independent pieces of work on up to `threads` threads (`concurrentPerform`),
/// or inline on one thread. The pieces write disjoint memory, so results never depend on
/// the thread count; only the time does.
struct ParallelLoop: Sendable {
    let threads: Int

    /// Calls `body(i)` once for every `i` in `0..<count`, in no particular order.
    func forEach(_ count: Int, _ body: (Int) -> Void) {
        if threads <= 1 || count <= 1 {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { escaping in
            let box = UncheckedBox(escaping)
            DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
        }
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

/// Carries a non-`Sendable` value (a closure over raw buffers whose pieces write disjoint
/// memory) into `concurrentPerform`.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
