import BallastCore

/// The ledger's position in one symbol of one account, as the recorded fills make it.
public struct PositionRecord: Sendable, Codable, Hashable {
    public var account: String
    public var symbol: String
    /// Signed: positive long, negative short.
    public var quantity: Quantity
    /// Average entry price of the open quantity; zero when flat.
    public var averagePrice: Price
    /// Realised PnL, commissions and swaps since the position was first opened, in the account currency.
    public var realizedPnL: Money
    public var commissions: Money
    public var swaps: Money
    public var updatedAt: Timestamp

    public init(account: String, symbol: String, quantity: Quantity, averagePrice: Price, realizedPnL: Money,
                commissions: Money, swaps: Money, updatedAt: Timestamp) {
        self.account = account
        self.symbol = symbol
        self.quantity = quantity
        self.averagePrice = averagePrice
        self.realizedPnL = realizedPnL
        self.commissions = commissions
        self.swaps = swaps
        self.updatedAt = updatedAt
    }
}
