import Foundation

/// Runs an operation in a task of its own with an alarm that cancels it: the timeout behind
/// venue calls and the wait for a database connection.
///
/// The alarm is armed when the task starts running, not when it is created: a process whose
/// worker threads are all busy (a long computation, a loaded machine) would otherwise time
/// calls out before they ran at all, and an answer that may already be in would be declared
/// unknown (a lookup, or a resend). For the same reason `DeadlineThread` fires alarms from a
/// task, which waits its turn behind the call.
public enum TimedTask {
    /// Runs `operation`; `nanoseconds` after it starts the alarm cancels it, unless `cancels`
    /// says no at that moment (the operation may be past the point where giving up is safe).
    /// Returns the operation's result and whether the alarm rang. The caller's cancellation
    /// cancels the operation too.
    public static func run<T: Sendable, E: Error>(
        timer: any CallTimer, after nanoseconds: Int64, cancels: @escaping @Sendable () -> Bool = { true },
        _ operation: @escaping @Sendable () async throws(E) -> T
    ) async -> (result: Result<T, E>, alarmRang: Bool) {
        let handle = Handle()
        let task = Task { () async -> (Result<T, E>, Bool) in
            let alarm = timer.arm(after: nanoseconds) { if cancels() { handle.cancel() } }
            let result: Result<T, E>
            do throws(E) { result = .success(try await operation()) } catch { result = .failure(error) }
            return (result, alarm.disarm())
        }
        handle.hold(task)
        let (result, rang) = await withTaskCancellationHandler { await task.value } onCancel: { task.cancel() }
        return (result, rang)
    }

    /// Cancels the task once it is known, however the alarm and the task's creation interleave.
    private final class Handle: @unchecked Sendable {
        private let lock = NSLock()
        private var cancelTask: (@Sendable () -> Void)?
        private var cancelled = false

        func hold<T>(_ task: Task<T, Never>) {
            let now = lock.withLock { () -> Bool in
                cancelTask = { task.cancel() }
                return cancelled
            }
            if now { task.cancel() }
        }

        func cancel() {
            let action = lock.withLock { () -> (@Sendable () -> Void)? in
                cancelled = true
                return cancelTask
            }
            action?()
        }
    }
}
