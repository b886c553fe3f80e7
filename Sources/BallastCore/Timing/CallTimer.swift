/// Arms the alarms that time calls out: venue calls (BallastExecution's `CallTimeout`) and the
/// wait for a database connection.
///
/// The default, `DeadlineThread.shared`, keeps every pending deadline on one thread, so arming
/// and disarming an alarm costs a lock rather than a timer task per call. BallastExecution's
/// `SleeperTimer` builds alarms from a `Sleeper`, which lets tests decide when (or whether)
/// calls time out.
public protocol CallTimer: Sendable {
    /// Calls `fire` once `nanoseconds` have passed, unless the returned alarm is disarmed first.
    func arm(after nanoseconds: Int64, _ fire: @escaping @Sendable () -> Void) -> CallAlarm
}
