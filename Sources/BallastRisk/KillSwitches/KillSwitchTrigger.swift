/// A kill switch's threshold and the grade it engages at.
public struct KillSwitchTrigger<Limit: Sendable & Hashable>: Sendable, Hashable {
    public var limit: Limit
    public var grade: KillSwitchGrade

    public init(limit: Limit, grade: KillSwitchGrade) {
        self.limit = limit
        self.grade = grade
    }
}

extension KillSwitchTrigger: Codable where Limit: Codable {}
