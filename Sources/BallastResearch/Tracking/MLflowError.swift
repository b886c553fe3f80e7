/// Why a run could not be logged to MLflow (the run stays recorded in Ballast's own store).
public enum MLflowError: Error, Sendable, Equatable, CustomStringConvertible {
    case badURI(String)
    case unreachable(String, String)
    /// The server answered `status` to `endpoint`.
    case server(String, Int, String)
    case unexpectedReply(String, String)
    /// The run's artifact root is not served by the tracking server (start it with `--serve-artifacts`).
    case artifactsNotProxied(String)
    case artifact(String)

    public var description: String {
        switch self {
        case let .badURI(uri): "MLflow tracking URI '\(uri)' is not an http(s) URL"
        case let .unreachable(uri, reason): "MLflow at \(uri) is unreachable: \(reason)"
        case let .server(endpoint, status, body): "MLflow \(endpoint) answered \(status): \(body)"
        case let .unexpectedReply(endpoint, detail): "MLflow \(endpoint) gave an unexpected reply: \(detail)"
        case let .artifactsNotProxied(root): "MLflow stores this run's artifacts at \(root), which the server does not proxy (start it with --serve-artifacts)"
        case let .artifact(path): "artifact \(path) cannot be read"
        }
    }
}
