/// A kill switch engaging or releasing: what the risk desk decides and the ledger stores.
public struct KillSwitchEvent: Sendable, Codable, Hashable {
    public var account: String
    public var time: Timestamp
    /// Which switch: `dailyLoss`, `drawdown`, `consecutiveLosses`, `errorRate`, `staleData`, `manual`.
    public var name: String
    /// What it does while engaged: `stopNewOrders`, `cancelWorking`, `flatten`.
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
