import BallastCore

/// A kill switch change as the store keeps it: the same fields as `BallastStore.KillSwitchEvent`
/// (a `kill_switch_events` row), which risk cannot import; the router maps one to the other.
public struct KillSwitchEventRecord: Sendable, Hashable, Codable {
    public var account: String
    public var time: Timestamp
    /// `KillSwitchKind` raw value: `dailyLoss`, `drawdown`, …, `manual`.
    public var name: String
    /// `KillSwitchGrade` raw value: `stopNewOrders`, `cancelWorking`, `flatten`.
    public var grade: String
    public var engaged: Bool
    public var reason: String
    public var actor: String

    public init(account: String, time: Timestamp, name: String, grade: String, engaged: Bool, reason: String, actor: String) {
        self.account = account
        self.time = time
        self.name = name
        self.grade = grade
        self.engaged = engaged
        self.reason = reason
        self.actor = actor
    }
}
