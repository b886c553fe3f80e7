import BallastCore

/// A stored order: what was asked, where it stands, and how the venue knows it.
public struct OrderRecord: Sendable, Codable, Hashable, Identifiable {
    public let id: ClientOrderID
    public var intentID: IntentID
    /// The bracket entry this exit belongs to.
    public var parent: ClientOrderID?
    public var account: String
    public var order: OrderIntent
    public var status: OrderStatus
    public var filledQuantity: Quantity
    /// Volume-weighted average fill price; zero before the first fill.
    public var averagePrice: Price
    public var brokerID: BrokerOrderID?
    /// The venue's or the router's reason for the last change (rejections, cancels).
    public var reason: String
    /// How many times the order was sent to the venue.
    public var attempts: Int
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(id: ClientOrderID, intentID: IntentID, parent: ClientOrderID? = nil, account: String, order: OrderIntent,
                status: OrderStatus = .created, filledQuantity: Quantity = .zero, averagePrice: Price = .zero,
                brokerID: BrokerOrderID? = nil, reason: String = "", attempts: Int = 0, createdAt: Timestamp, updatedAt: Timestamp) {
        self.id = id
        self.intentID = intentID
        self.parent = parent
        self.account = account
        self.order = order
        self.status = status
        self.filledQuantity = filledQuantity
        self.averagePrice = averagePrice
        self.brokerID = brokerID
        self.reason = reason
        self.attempts = attempts
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
