import Foundation

/// The default `CallTimer`: one thread that sleeps until the earliest pending deadline.
///
/// Arming costs a lock and a heap insertion, where a timer task per call would cost two task
/// switches and a kernel timer. The thread is woken only when a new deadline is earlier than
/// every pending one, which the usual case (one fixed timeout per router, later calls with
/// later deadlines) never is. Disarmed alarms leave the heap once they reach its top.
public final class DeadlineThread: CallTimer, @unchecked Sendable {
    /// The process's one deadline thread (started on first use).
    public static let shared = DeadlineThread()

    /// Guards the properties below, and is what the thread waits on.
    private let condition = NSCondition()
    private var pending = DeadlineHeap()
    private var started = false
    /// When the waiting thread wakes by itself (nil: only when signalled); a deadline before it
    /// needs a signal, one after it is picked up when the thread wakes.
    private var wakesAt: UInt64?

    private init() {}

    public func arm(after nanoseconds: Int64, _ fire: @escaping @Sendable () -> Void) -> CallAlarm {
        let alarm = CallAlarm(fire)
        let deadline = Self.now() &+ UInt64(max(nanoseconds, 0))
        condition.lock()
        defer { condition.unlock() }
        pending.dropDisarmedTop()
        pending.insert(deadline: deadline, alarm: alarm)
        if wakesAt.map({ deadline < $0 }) ?? true {
            wakesAt = deadline
            condition.signal()
        }
        if !started {
            started = true
            let thread = Thread { [self] in run() }
            thread.name = "ballast-deadlines"
            thread.start()
        }
        return alarm
    }

    /// Fires alarms as their deadlines pass, forever.
    private func run() {
        condition.lock()
        while true {
            pending.dropDisarmedTop()
            guard let next = pending.top else {
                wakesAt = nil
                condition.wait()
                continue
            }
            let now = Self.now()
            if next.deadline <= now {
                pending.popTop()
                // Fired from a task, not from this thread: the alarm then waits its turn behind
                // the calls it times out, so a process too busy to run them (every worker thread
                // taken) gives them that time instead of calling them late. Their answer may be
                // in; declaring it unknown would cost a lookup, or a resend.
                let alarm = next.alarm
                Task { alarm.fire() }
            } else {
                wakesAt = next.deadline
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(next.deadline - now) / 1e9))
            }
        }
    }

    /// Monotonic nanoseconds (the wall clock may jump; deadlines must not).
    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
