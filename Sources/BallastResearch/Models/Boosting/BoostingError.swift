/// Why a boosting run could not start.
public enum BoostingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidParameter(String)
    /// Labels and rows differ in number, or a label is not usable by the objective.
    case invalidLabels(String)
    /// Training and validation matrices have different columns.
    case featureMismatch(String)
    case emptyTrainingSet

    public var description: String {
        switch self {
        case .invalidParameter(let message): "invalid boosting parameter: \(message)"
        case .invalidLabels(let message): "invalid labels: \(message)"
        case .featureMismatch(let message): "feature mismatch: \(message)"
        case .emptyTrainingSet: "the training set has no rows"
        }
    }
}
