import BallastCore

/// One kill switch engaging or releasing: when, at which grade, who did it and why. Automatic
/// changes name `KillSwitchBoard.systemActor`; manual ones the operator.
public struct KillSwitchChange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: KillSwitchKind
    /// The grade engaged (on a release: the grade that was in force).
    public var grade: KillSwitchGrade
    /// True when the switch engaged, false when it released.
    public var engaged: Bool
    public var time: Timestamp
    public var actor: String
    /// The numbers that tripped it, or why it was released.
    public var reason: String

    public init(kind: KillSwitchKind, grade: KillSwitchGrade, engaged: Bool, time: Timestamp, actor: String, reason: String) {
        self.kind = kind
        self.grade = grade
        self.engaged = engaged
        self.time = time
        self.actor = actor
        self.reason = reason
    }

    /// The event to store for this change in `account` (a `kill_switch_events` row).
    public func record(account: String) -> KillSwitchEvent {
        KillSwitchEvent(account: account, time: time, name: kind.rawValue, grade: grade.rawValue,
                              engaged: engaged, reason: reason, actor: actor)
    }

    public var description: String {
        "\(kind.rawValue) \(engaged ? "engaged" : "released") (\(grade.rawValue)) by \(actor) at \(time): \(reason)"
    }
}
