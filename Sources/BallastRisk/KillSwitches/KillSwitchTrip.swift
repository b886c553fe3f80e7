/// A kill switch that engaged (or released), at which grade, and the numbers why.
public struct KillSwitchTrip: Sendable, Hashable, CustomStringConvertible {
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
