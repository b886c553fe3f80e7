import Foundation

/// One armed alarm of a `CallTimer`: it fires at most once, and not at all once disarmed.
public final class CallAlarm: @unchecked Sendable {
    private enum State {
        case armed(@Sendable () -> Void)
        case fired
        case disarmed
    }

    /// `NSLock` rather than `Mutex`: the package still supports macOS 14.
    private let lock = NSLock()
    private var state: State
    /// What a timer releases when the alarm is disarmed before it fires.
    private var cleanup: (@Sendable () -> Void)?

    /// An alarm that runs `action` when it fires.
    public init(_ action: @escaping @Sendable () -> Void) { state = .armed(action) }

    /// Whether the alarm can still fire.
    public var isArmed: Bool {
        lock.withLock { if case .armed = state { true } else { false } }
    }

    /// Runs the action, unless the alarm fired or was disarmed already.
    public func fire() {
        let action = lock.withLock { () -> (@Sendable () -> Void)? in
            guard case .armed(let action) = state else { return nil }
            state = .fired
            cleanup = nil
            return action
        }
        action?()
    }

    /// Stops the alarm; returns whether it had fired already.
    @discardableResult
    public func disarm() -> Bool {
        let (fired, release) = lock.withLock { () -> (Bool, (@Sendable () -> Void)?) in
            if case .fired = state { return (true, nil) }
            state = .disarmed
            defer { cleanup = nil }
            return (false, cleanup)
        }
        release?()
        return fired
    }

    /// Runs `release` when the alarm is disarmed before firing (at once if it is already).
    public func onDisarm(_ release: @escaping @Sendable () -> Void) {
        let now = lock.withLock { () -> Bool in
            switch state {
            case .armed: cleanup = release; return false
            case .disarmed: return true
            case .fired: return false
            }
        }
        if now { release() }
    }
}
