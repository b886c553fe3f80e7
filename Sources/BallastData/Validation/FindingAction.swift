

/// What validation does about a finding.
public enum FindingAction: String, Codable, Sendable, CaseIterable {
    /// Refuse the whole import: nothing is stored.
    case reject
    /// Remove the offending rows and keep the rest.
    case drop
    /// Change the rows so they become valid, recording every change (kinds without a repair drop instead).
    case repair
    /// Keep the rows as they are and tell the user.
    case report

    /// How a message about `count` rows ends for this action: "they were dropped".
    func outcome(_ count: Int) -> String {
        let one = count == 1
        switch self {
        case .reject: return "the import is rejected"
        case .drop: return one ? "it was dropped" : "they were dropped"
        case .repair: return one ? "it was repaired" : "they were repaired"
        case .report: return one ? "it was kept as it is" : "they were kept as they are"
        }
    }
}
