/// An intent on its way to the live order path: what a strategy wants, who wants it, when, and
/// the price it saw. The router checks, persists and routes it; the price is what approval
/// drift guards and price collars compare the market with.
public struct TradeIntent: Sendable, Codable, Hashable, Identifiable {
    public let id: IntentID
    /// The account the order goes to.
    public var account: String
    /// The strategy (and risk sleeve) that decided.
    public var strategy: String
    public var order: OrderIntent
    /// When the strategy decided (event time, not wall time).
    public var createdAt: Timestamp
    /// The price the strategy decided on (the last quote or close it saw).
    public var referencePrice: Price

    public init(id: IntentID, account: String, strategy: String, order: OrderIntent, createdAt: Timestamp, referencePrice: Price) {
        self.id = id
        self.account = account
        self.strategy = strategy
        self.order = order
        self.createdAt = createdAt
        self.referencePrice = referencePrice
    }

    /// The client order id of the order this intent makes (see `ClientOrderID(intent:)`).
    public var clientOrderID: ClientOrderID { ClientOrderID(intent: id) }
}
