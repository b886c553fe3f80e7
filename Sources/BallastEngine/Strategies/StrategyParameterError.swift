/// Why a strategy could not be built from its parameters. The description names the strategy,
/// the parameter, the value and what was expected.
public enum StrategyParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownStrategy(String, known: [String])
    case unknownParameter(strategy: String, name: String, known: [String])
    case invalidValue(strategy: String, parameter: String, value: String, expected: String)
    /// Values that are each valid but do not fit together (a fast period above the slow one).
    case inconsistent(strategy: String, message: String)

    public var description: String {
        switch self {
        case .unknownStrategy(let name, let known):
            "unknown strategy '\(name)' (known: \(known.joined(separator: ", ")))"
        case .unknownParameter(let strategy, let name, let known):
            "\(strategy): unknown parameter '\(name)' (known: \(known.joined(separator: ", ")))"
        case .invalidValue(let strategy, let parameter, let value, let expected):
            "\(strategy): \(parameter)='\(value)' is not valid; expected \(expected)"
        case .inconsistent(let strategy, let message):
            "\(strategy): \(message)"
        }
    }
}
