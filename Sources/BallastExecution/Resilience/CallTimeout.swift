import BallastCore

/// Bounds a venue call: when it has not answered within `nanoseconds` it is cancelled and
/// reported as a `.timeout` `BrokerError`, whose outcome is unknown (the order must be looked
/// up before it is sent again).
///
/// The call is cancelled cooperatively; its task group waits for it to stop, so broker
/// implementations should honour cancellation.
public struct CallTimeout: Sendable {
    public var nanoseconds: Int64
    public var sleeper: any Sleeper

    public init(nanoseconds: Int64, sleeper: any Sleeper = TaskSleeper()) {
        self.nanoseconds = nanoseconds
        self.sleeper = sleeper
    }

    private enum Race<T: Sendable>: Sendable {
        case finished(Result<T, BrokerError>)
        case timedOut
        case timerCancelled
    }

    /// Runs `operation` under the timeout; `name` goes into the timeout's message.
    public func run<T: Sendable>(_ name: String, _ operation: @escaping @Sendable () async throws(BrokerError) -> T)
        async throws(BrokerError) -> T {
        let limit = nanoseconds
        let sleeper = sleeper
        let outcome: Result<T, BrokerError> = await withTaskGroup(of: Race<T>.self) { group in
            group.addTask {
                do throws(BrokerError) { return .finished(.success(try await operation())) } catch { return .finished(.failure(error)) }
            }
            group.addTask {
                do { try await sleeper.sleep(nanoseconds: limit); return .timedOut } catch { return .timerCancelled }
            }
            var result = Result<T, BrokerError>.failure(BrokerError(.timeout, "\(name) was cancelled"))
            while let race = await group.next() {
                switch race {
                case .finished(let answer): result = answer
                case .timedOut: result = .failure(BrokerError(.timeout, "\(name) did not answer within \(limit / 1_000_000) ms"))
                case .timerCancelled: continue
                }
                group.cancelAll()
                break
            }
            return result
        }
        return try outcome.get()
    }
}
