import BallastCore

extension KillSwitchBoard {
    /// The operator halts trading at `grade` (or changes the grade of a halt in force). The
    /// actions a higher grade calls for come with the next `update`.
    public mutating func engageManual(grade: KillSwitchGrade, actor: String, reason: String, at time: Timestamp)
        throws(KillSwitchError) -> KillSwitchChange {
        try Self.checkSigned(actor: actor, reason: reason)
        let change = KillSwitchChange(kind: .manual, grade: grade, engaged: true, time: time, actor: actor, reason: reason)
        engaged[.manual] = change
        settleActedGrade()
        return change
    }

    /// Releases an engaged switch by hand, and returns the release to record. Refused when the
    /// switch is not engaged, or when its condition held at the last update (call `update` with a
    /// fresh snapshot first: the condition may have cleared since).
    public mutating func release(_ kind: KillSwitchKind, actor: String, reason: String, at time: Timestamp)
        throws(KillSwitchError) -> KillSwitchChange {
        try Self.checkSigned(actor: actor, reason: reason)
        guard let latch = engaged[kind] else { throw .notEngaged(kind) }
        if let trip = holding[kind] { throw .conditionHolds(trip) }
        engaged[kind] = nil
        settleActedGrade()
        return KillSwitchChange(kind: kind, grade: latch.grade, engaged: false, time: time, actor: actor, reason: reason)
    }

    private static func checkSigned(actor: String, reason: String) throws(KillSwitchError) {
        guard actor.contains(where: { !$0.isWhitespace }) else { throw .missingActor }
        guard reason.contains(where: { !$0.isWhitespace }) else { throw .missingReason }
    }
}
