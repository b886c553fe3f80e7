import BallastCore
import BallastStore

/// Why the router refused a request. Validation errors are thrown before anything is written.
public enum RouterError: Error, Sendable, Hashable, CustomStringConvertible {
    case wrongAccount(expected: String, got: String)
    case nonPositiveQuantity(Quantity)
    case unknownInstrument(String)
    case invalidVolume(symbol: String, Quantity)
    case invalidPrice(String)
    case noConversionRate(from: String, to: String)
    case approvalNotFound(IntentID)
    case approvalNotPending(IntentID, ApprovalStatus)
    case approvalExpired(IntentID, expiredAt: Timestamp)
    case priceDrift(IntentID, reference: Price, current: Price, limit: Price)
    case store(StoreError)
    case broker(BrokerError)
    case ledger(LedgerError)

    public var description: String {
        switch self {
        case let .wrongAccount(expected, got): "intent for account \(got) sent to the router of \(expected)"
        case let .nonPositiveQuantity(quantity): "quantity \(quantity) is not positive"
        case let .unknownInstrument(symbol): "unknown instrument \(symbol)"
        case let .invalidVolume(symbol, quantity): "\(quantity) lots is not a valid volume for \(symbol)"
        case let .invalidPrice(what): "invalid price: \(what)"
        case let .noConversionRate(from, to): "no rate from \(from) to \(to)"
        case let .approvalNotFound(id): "no approval request for intent \(id)"
        case let .approvalNotPending(id, status): "the approval of \(id) is \(status.rawValue), not pending"
        case let .approvalExpired(id, at): "the approval of \(id) expired at \(at.iso8601)"
        case let .priceDrift(id, reference, current, limit):
            "price moved from \(reference) to \(current), beyond the \(limit) allowed for approving \(id)"
        case let .store(error): error.description
        case let .broker(error): error.description
        case let .ledger(error): error.description
        }
    }
}
