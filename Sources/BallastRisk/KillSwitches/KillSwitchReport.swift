import BallastCore

/// What one `KillSwitchBoard.update` found: changes, the grade in force, and the actions the
/// router must perform (only when the grade in force rose above the one last acted on).
public struct KillSwitchReport: Sendable, Hashable {
    /// Switches that engaged on this update.
    public var engaged: [KillSwitchChange] = []
    /// Switches that released on this update (only the daily-loss switch, at its day roll).
    public var released: [KillSwitchChange] = []
    /// The most severe grade in force after the update; nil when trading is free.
    public var grade: KillSwitchGrade?
    /// Working orders to cancel.
    public var cancel: [ClientOrderID] = []
    /// Symbols to close, and the market orders that close them.
    public var flatten: [String] = []
    public var flattenOrders: [OrderIntent] = []

    public init() {}

    /// Every change, in the order it happened (releases first: a day roll precedes re-engaging).
    public var changes: [KillSwitchChange] { released + engaged }

    /// The changes as `kill_switch_events` rows (and audit entries) for `account`.
    public func records(account: String) -> [KillSwitchEvent] {
        changes.map { $0.record(account: account) }
    }
}
