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
}
