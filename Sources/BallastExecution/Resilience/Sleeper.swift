/// Waits for a span of time. The router sleeps through one of these between retries and
/// for rate limits, so tests substitute one that returns at once and records the delays.
public protocol Sleeper: Sendable {
    /// Suspends for `nanoseconds`; throws `CancellationError` when the task is cancelled.
    func sleep(nanoseconds: Int64) async throws
}

/// The real sleeper, on the task's clock (for the composition root).
public struct TaskSleeper: Sleeper {
    public init() {}

    public func sleep(nanoseconds: Int64) async throws {
        try await Task.sleep(for: .nanoseconds(max(nanoseconds, 0)))
    }
}
