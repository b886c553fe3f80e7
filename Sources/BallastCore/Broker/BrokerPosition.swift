/// A venue's net position in one symbol (hedging accounts report the net of their tickets).
public struct BrokerPosition: Sendable, Codable, Hashable {
    public var account: String
    public var symbol: String
    /// Signed: positive long, negative short.
    public var quantity: Quantity
    public var averagePrice: Price
    /// Swap accrued on the open position and not yet booked by a fill, in the account currency
    /// (MT5's `POSITION_SWAP`); nil when none (and in old journals).
    public var swap: Money?

    public init(account: String, symbol: String, quantity: Quantity, averagePrice: Price, swap: Money? = nil) {
        self.account = account
        self.symbol = symbol
        self.quantity = quantity
        self.averagePrice = averagePrice
        self.swap = swap
    }
}
