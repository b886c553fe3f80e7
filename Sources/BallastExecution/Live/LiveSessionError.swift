/// Why a live session stopped.
public enum LiveSessionError: Error, Sendable, CustomStringConvertible {
    /// The store, the venue or the ledger failed (validation failures do not stop a session:
    /// they reach the engine as rejections).
    case router(RouterError)
    /// The risk desk in front of the router failed (its store, or it has no router).
    case desk(DeskError)
    /// The quote feed (the composition root's sink) failed.
    case quoteFeed(String)

    public var description: String {
        switch self {
        case .router(let error): error.description
        case .desk(let error): "risk desk: \(error.description)"
        case .quoteFeed(let message): "quote feed: \(message)"
        }
    }
}
