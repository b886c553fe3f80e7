import BallastCore

/// A `CallTimer` whose alarms wait on a `Sleeper`: each alarm is a task that sleeps, then fires.
/// Tests use it to make calls time out at once (a sleeper that returns immediately) or never
/// (one that hangs); `DeadlineThread` is the cheaper default.
public struct SleeperTimer: CallTimer {
    /// What each alarm waits on before it fires.
    public let sleeper: any Sleeper

    public init(_ sleeper: any Sleeper) { self.sleeper = sleeper }

    public func arm(after nanoseconds: Int64, _ fire: @escaping @Sendable () -> Void) -> CallAlarm {
        let alarm = CallAlarm(fire)
        let sleeper = sleeper
        let waiting = Task {
            do { try await sleeper.sleep(nanoseconds: nanoseconds) } catch { return }
            alarm.fire()
        }
        alarm.onDisarm { waiting.cancel() }
        return alarm
    }
}
