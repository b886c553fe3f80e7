/// A kill switch's condition holding: which switch, the grade it engages at, and the numbers why.
public struct KillSwitchTrip: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: KillSwitchKind
    public var grade: KillSwitchGrade
    public var reason: String

    public init(kind: KillSwitchKind, grade: KillSwitchGrade, reason: String) {
        self.kind = kind
        self.grade = grade
        self.reason = reason
    }

    public var description: String { "\(kind.rawValue) (\(grade.rawValue)): \(reason)" }
}
