/// A venue's view of one order.
public struct BrokerOrder: Sendable, Codable, Hashable {
    public var clientID: ClientOrderID
    public var brokerID: BrokerOrderID
    public var symbol: String
    public var side: OrderSide
    public var quantity: Quantity
    public var filledQuantity: Quantity
    /// Volume-weighted average fill price; zero before the first fill.
    public var averagePrice: Price
    public var status: OrderStatus
    /// The venue's reason for a rejection or cancellation.
    public var reason: String
    public var updatedAt: Timestamp
    /// The order whose bracket made this exit at the venue; nil otherwise (and in old journals).
    public var parent: ClientOrderID?
    /// The order's type and price as the venue holds it; nil when the venue does not say
    /// (what the router records for an exit the venue placed on its own).
    public var type: OrderType?

    public init(clientID: ClientOrderID, brokerID: BrokerOrderID, symbol: String, side: OrderSide, quantity: Quantity,
                filledQuantity: Quantity = .zero, averagePrice: Price = .zero, status: OrderStatus,
                reason: String = "", updatedAt: Timestamp, parent: ClientOrderID? = nil, type: OrderType? = nil) {
        self.clientID = clientID
        self.brokerID = brokerID
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.filledQuantity = filledQuantity
        self.averagePrice = averagePrice
        self.status = status
        self.reason = reason
        self.updatedAt = updatedAt
        self.parent = parent
        self.type = type
    }
}
