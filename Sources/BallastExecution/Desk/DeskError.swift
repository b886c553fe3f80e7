import BallastRisk
import BallastStore

/// Why the risk desk could not do what it was asked.
public enum DeskError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The store failed (nothing after the failed write was done).
    case store(StoreError)
    case router(RouterError)
    /// A protective order was refused (it would have added to or reversed a position).
    case protective(OrderRouter.ProtectiveError)
    /// The kill switch board refused a manual engage or release.
    case killSwitch(KillSwitchError)
    case ledger(LedgerError)
    /// Cancelling or flattening needs the account's router: call `attach(router:)` first.
    case noRouter
    /// A persisted document could not be read: the desk refuses to start rather than
    /// silently forget an engaged kill switch.
    case unreadableState(key: String, reason: String)

    public var description: String {
        switch self {
        case .store(let error): error.description
        case .router(let error): error.description
        case .protective(let error): error.description
        case .killSwitch(let error): error.description
        case .ledger(let error): error.description
        case .noRouter: "the risk desk has no router attached to cancel or flatten with"
        case let .unreadableState(key, reason): "stored \(key) cannot be read (\(reason)); refusing to start without it"
        }
    }
}
