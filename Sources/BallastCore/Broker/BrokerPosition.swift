/// A venue's net position in one symbol (hedging accounts report the net of their tickets).
public struct BrokerPosition: Sendable, Codable, Hashable {
    public var account: String
    public var symbol: String
    /// Signed: positive long, negative short.
    public var quantity: Quantity
    public var averagePrice: Price

    public init(account: String, symbol: String, quantity: Quantity, averagePrice: Price) {
        self.account = account
        self.symbol = symbol
        self.quantity = quantity
        self.averagePrice = averagePrice
    }
}
