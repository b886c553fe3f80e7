/// A configuration value refused while decoding: where (the key path, such as
/// `killSwitches.drawdown.limit`), what was there, and why.
public struct RiskConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var value: String
    public var message: String

    public init(path: String, value: String, message: String) {
        self.path = path
        self.value = value
        self.message = message
    }

    public var description: String { "\(path): \(message) (got \"\(value)\")" }

    /// The configuration error inside `error`: decoders (Yams among them) wrap what
    /// `init(from:)` throws in `DecodingError.dataCorrupted`; this unwraps it.
    public static func find(in error: any Error) -> RiskConfigurationError? {
        if let own = error as? RiskConfigurationError { return own }
        guard let decoding = error as? DecodingError else { return nil }
        switch decoding {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return context.underlyingError.flatMap { find(in: $0) }
        @unknown default:
            return nil
        }
    }
}
