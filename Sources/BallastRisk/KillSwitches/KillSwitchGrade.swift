/// How hard a kill switch stops trading. Grades are ordered: the most severe engaged one wins.
public enum KillSwitchGrade: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Refuse new risk-increasing orders; reduce-only orders still pass.
    case stopNewOrders
    /// Also cancel working orders that would increase risk.
    case cancelWorking
    /// Also close every position (and cancel every working order).
    case flatten

    private var severity: Int {
        switch self {
        case .stopNewOrders: 0
        case .cancelWorking: 1
        case .flatten: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severity < rhs.severity }
}
