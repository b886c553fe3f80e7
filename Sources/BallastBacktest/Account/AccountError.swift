import BallastCore

/// Why an account cannot be set up.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No pair among the instruments and fixed rates converts this currency into the account's.
    case noConversion(symbol: String, currency: String, account: String)

    public var description: String {
        switch self {
        case .noConversion(let symbol, let currency, let account):
            "\(symbol): no currency pair converts \(currency) into the account currency \(account); add a \(currency)\(account) or \(account)\(currency) series"
        }
    }
}
