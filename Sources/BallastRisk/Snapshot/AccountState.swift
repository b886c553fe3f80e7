import BallastCore

/// The account figures a risk decision may look at, all in the account currency.
public struct AccountState: Sendable, Hashable {
    public var currency: String
    /// Balance plus open positions marked to market.
    public var equity: Money
    /// Settled cash: equity without unrealised PnL.
    public var balance: Money
    /// Equity not tied up as margin.
    public var freeMargin: Money

    public init(equity: Money, balance: Money, freeMargin: Money) {
        self.currency = equity.currency
        self.equity = equity
        self.balance = balance
        self.freeMargin = freeMargin
    }
}
