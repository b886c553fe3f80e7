import BallastCore

/// How positions in one symbol combine.
public enum AccountMode: String, Sendable, Hashable {
    /// One position per symbol: opposite fills reduce, close or reverse it (MT5 netting).
    case netting
    /// Each fill opens its own position (ticket); a fill closes one only when its order names it
    /// as its parent, as bracket exits and stop-outs do (MT5 hedging).
    case hedging
}

/// The account a backtest trades: currency, deposit, mode and the broker's margin levels.
public struct AccountSettings: Sendable {
    public var currency: String
    public var deposit: Money
    public var mode: AccountMode
    /// Margin level (equity ÷ margin, in percent) at or below which the account is in margin call.
    public var marginCallLevel: Int64
    /// Margin level at or below which the broker closes the largest losing position.
    public var stopOutLevel: Int64
    /// When swaps are charged (MT5: 00:00 server time).
    public var rollover: DailyRollover

    public init(currency: String, deposit: Money, mode: AccountMode = .netting, marginCallLevel: Int64 = 100,
                stopOutLevel: Int64 = 50, rollover: DailyRollover = .utcMidnight) {
        precondition(deposit.currency == currency, "the deposit must be in the account currency")
        self.currency = currency
        self.deposit = deposit
        self.mode = mode
        self.marginCallLevel = marginCallLevel
        self.stopOutLevel = stopOutLevel
        self.rollover = rollover
    }
}

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
