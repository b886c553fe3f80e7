/// Where an approval request stands.
public enum ApprovalStatus: String, Sendable, Codable, Hashable, CaseIterable {
    case pending, approved, rejected, expired
}
