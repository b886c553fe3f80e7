import BallastExecution
import Synchronization

/// Returns at once and remembers every delay asked for.
final class RecordingSleeper: Sleeper {
    private let recorded = Mutex<[Int64]>([])

    var delays: [Int64] { recorded.withLock { $0 } }

    func sleep(nanoseconds: Int64) async throws {
        try Task.checkCancellation()
        recorded.withLock { $0.append(nanoseconds) }
    }
}

/// Sleeps (for real) far longer than any test runs, until cancelled.
struct HangingSleeper: Sleeper {
    func sleep(nanoseconds: Int64) async throws {
        try await Task.sleep(for: .seconds(600))
    }
}

/// Fires at once the first time (so the first venue call times out), then sleeps until cancelled.
final class FirstCallTimer: Sleeper {
    private let fired = Mutex(false)

    func sleep(nanoseconds: Int64) async throws {
        let first = fired.withLock { done in
            defer { done = true }
            return !done
        }
        if first { return }
        try await Task.sleep(for: .seconds(600))
    }
}
