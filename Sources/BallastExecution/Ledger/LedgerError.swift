import BallastCore

/// Why the position ledger refused a fill or an adjustment. Nothing changes when it throws.
public enum LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The fill's quantity is zero or negative (the side carries the direction).
    case nonPositiveQuantity(FillID, Quantity)
    /// An amount is in a currency other than the account's.
    case currencyMismatch(expected: String, got: String)
    /// The contract size or the conversion rate is not positive.
    case invalidTerms(String)
    /// A result does not fit the fixed-point range.
    case overflow(String)

    public var description: String {
        switch self {
        case let .nonPositiveQuantity(id, quantity): "fill \(id): quantity \(quantity) is not positive"
        case let .currencyMismatch(expected, got): "amount in \(got), the account currency is \(expected)"
        case let .invalidTerms(what): "invalid contract terms: \(what)"
        case let .overflow(what): "\(what) does not fit the fixed-point range"
        }
    }
}
