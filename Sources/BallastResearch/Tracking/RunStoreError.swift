/// Why a research run could not be stored or read.
public enum RunStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case write(String, String)
    case notFound(RunID)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case let .write(folder, reason): "cannot record the run in \(folder): \(reason)"
        case let .notFound(id): "no run \(id)"
        case let .unreadable(path, reason): "\(path) cannot be read: \(reason)"
        }
    }
}
