/// Why a splitter or an overfitting statistic cannot run on the given samples or settings.
public enum CrossValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Sample spans must be ordered by start time; `index` is the first sample out of order.
    case spansNotOrdered(index: Int)
    /// A setting is out of range (`name` is the parameter, `reason` what it must be).
    case invalidSetting(name: String, reason: String)
    /// Fewer samples (or rows) than the scheme needs.
    case tooFewSamples(count: Int, needed: Int)
    /// Inputs that must line up do not (`what` names them).
    case shapeMismatch(what: String)

    public var description: String {
        switch self {
        case let .spansNotOrdered(index): "sample spans are not ordered by start at sample \(index)"
        case let .invalidSetting(name, reason): "\(name): \(reason)"
        case let .tooFewSamples(count, needed): "\(count) samples, at least \(needed) needed"
        case let .shapeMismatch(what): "shape mismatch: \(what)"
        }
    }
}
