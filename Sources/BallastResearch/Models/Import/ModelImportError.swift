/// Why a LightGBM or XGBoost model file could not be imported. Each case names where in the file the
/// problem is: a line number and key for LightGBM text, a key path such as
/// `learner.gradient_booster.model.trees[3].split_conditions` for XGBoost JSON.
public enum ModelImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// A line of a LightGBM text model is missing, out of order or holds a bad value.
    case malformedLine(line: Int, key: String, reason: String)
    /// A key of an XGBoost JSON model is missing or holds a bad value.
    case malformedKey(path: String, reason: String)
    /// The model is well formed but uses something Ballast does not evaluate (categorical splits,
    /// multi-class, linear trees, DART, another objective).
    case unsupported(location: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read model file \(path): \(reason)"
        case let .malformedLine(line, key, reason): "line \(line), key \(key): \(reason)"
        case let .malformedKey(path, reason): "key \(path): \(reason)"
        case let .unsupported(location, reason): "unsupported at \(location): \(reason)"
        }
    }
}
