import BallastCore

/// Bounds a venue call: when it has not answered within `nanoseconds` it is cancelled and
/// reported as a `.timeout` `BrokerError`, whose outcome is unknown (the order must be looked
/// up before it is sent again).
///
/// The call runs in a task of its own, which the timer's alarm cancels; the caller still waits
/// for it to stop, so broker implementations should honour cancellation.
public struct CallTimeout: Sendable {
    public var nanoseconds: Int64
    public var timer: any CallTimer

    public init(nanoseconds: Int64, timer: any CallTimer = DeadlineThread.shared) {
        self.nanoseconds = nanoseconds
        self.timer = timer
    }

    /// Runs `operation` under the timeout; `name` goes into the timeout's message.
    public func run<T: Sendable>(_ name: String, _ operation: @escaping @Sendable () async throws(BrokerError) -> T)
        async throws(BrokerError) -> T {
        let call = Task { () async -> Result<T, BrokerError> in
            do throws(BrokerError) { return .success(try await operation()) } catch { return .failure(error) }
        }
        let alarm = timer.arm(after: nanoseconds) { call.cancel() }
        let outcome = await withTaskCancellationHandler { await call.value } onCancel: { call.cancel() }
        if alarm.disarm() { throw BrokerError(.timeout, "\(name) did not answer within \(nanoseconds / 1_000_000) ms") }
        return try outcome.get()
    }
}
