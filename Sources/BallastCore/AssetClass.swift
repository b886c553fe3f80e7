/// What kind of market an instrument trades in. Decides default sessions, swap conventions and
/// how risk rules group exposure.
public enum AssetClass: String, Hashable, Sendable, Codable, CaseIterable {
    case fx, index, metal, crypto
}
