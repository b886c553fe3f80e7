/// What `FormatDetector` concluded about a file, and why.
public struct Detection: Sendable, Equatable, CustomStringConvertible {
    /// How sure detection is: certain (a header or name that only one format has), likely, or unsure.
    public enum Confidence: String, Sendable, Codable {
        /// The header or the vendor's file name names the format.
        case certain
        /// The layout fits, but another reader would also accept it (and read it the same way).
        case likely
        /// Several formats fit and they read differently (time zones); the user must choose.
        case unsure
    }

    /// The best guess; nil when nothing fits (or the file is empty or binary).
    public var format: DataFormat?
    public var confidence: Confidence
    /// What decided it (the header text, the row shape, the file name).
    public var reason: String
    /// Other formats that also fit.
    public var alternatives: [DataFormat]
    /// What would settle it, when unsure or unknown.
    public var hint: String?

    public init(format: DataFormat?, confidence: Confidence, reason: String, alternatives: [DataFormat] = [], hint: String? = nil) {
        self.format = format
        self.confidence = confidence
        self.reason = reason
        self.alternatives = alternatives
        self.hint = hint
    }

    public var description: String {
        let name = format?.rawValue ?? "unknown"
        return "\(name) (\(confidence.rawValue)): \(reason)" + (hint.map { "; \($0)" } ?? "")
    }
}
