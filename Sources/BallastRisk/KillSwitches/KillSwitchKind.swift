/// The condition a kill switch watches. Raw values are stable (configuration keys, audit rows,
/// persisted boards).
public enum KillSwitchKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable, CodingKeyRepresentable {
    case dailyLoss, drawdown, consecutiveLosses, errorRate, staleData, manual

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
