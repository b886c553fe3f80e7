import Foundation

/// Counts finished runs across threads and reports each new count, one report at a time (so a
/// progress display need not be thread-safe).
final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let report: (@Sendable (Int) -> Void)?

    init(_ report: (@Sendable (Int) -> Void)?) { self.report = report }

    func increment() {
        guard let report else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        report(done)
    }
}
