/// Why a model signal or an ensemble cannot be built.
public enum SignalError: Error, Sendable, Equatable, CustomStringConvertible {
    case featureCountMismatch(model: Int, pipeline: Int)
    case noMembers
    case badWeight(Double)
    case badRule(String)

    public var description: String {
        switch self {
        case let .featureCountMismatch(model, pipeline): "the model takes \(model) features, the feature spec makes \(pipeline)"
        case .noMembers: "an ensemble needs at least one signal"
        case let .badWeight(weight): "signal weight \(weight) is not a positive number"
        case let .badRule(reason): "ensemble rule: \(reason)"
        }
    }
}
