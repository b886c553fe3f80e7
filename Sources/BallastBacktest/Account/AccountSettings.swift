import BallastCore

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
