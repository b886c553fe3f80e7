import Foundation

/// A counter concurrent callers share: each `next()` returns the following number, from 0.
final class StepCounter: @unchecked Sendable {
    /// Guards `value`.
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
