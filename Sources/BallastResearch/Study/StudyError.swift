/// Why a model study could not run.
public enum StudyError: Error, Sendable, Equatable, CustomStringConvertible {
    case noConfigurations
    case tooFewSamples(Int)
    case validation(String)
    case training(String)

    public var description: String {
        switch self {
        case .noConfigurations: "no model configuration to try"
        case let .tooFewSamples(count): "\(count) labelled events are too few to cross-validate"
        case let .validation(reason): "cross-validation: \(reason)"
        case let .training(reason): "training: \(reason)"
        }
    }
}
