import BallastCore

/// Bounds a venue call: when it has not answered within `nanoseconds` of starting it is
/// cancelled and reported as a `.timeout` `BrokerError`, whose outcome is unknown (the order must
/// be looked up before it is sent again).
///
/// The call runs in a task of its own (see `TimedTask`), which the timer's alarm cancels; the
/// caller still waits for it to stop, so broker implementations should honour cancellation.
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
        let (result, rang) = await TimedTask.run(timer: timer, after: nanoseconds, operation)
        if rang { throw BrokerError(.timeout, "\(name) did not answer within \(nanoseconds / 1_000_000) ms") }
        return try result.get()
    }
}
