/// Why the board refused a manual engage or release.
public enum KillSwitchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The switch is not engaged: nothing to release.
    case notEngaged(KillSwitchKind)
    /// The switch's condition still held at the last update: released, it would re-engage at once.
    case conditionHolds(KillSwitchTrip)
    /// Every engage and release names who did it.
    case missingActor
    /// Every engage and release says why.
    case missingReason

    public var description: String {
        switch self {
        case .notEngaged(let kind): "kill switch \(kind.rawValue) is not engaged"
        case .conditionHolds(let trip):
            "kill switch \(trip.kind.rawValue) cannot be released while its condition holds "
                + "(\(trip.reason)); it would re-engage at once"
        case .missingActor: "a kill switch change needs an actor"
        case .missingReason: "a kill switch change needs a reason"
        }
    }
}
