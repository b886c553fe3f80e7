/// A venue's word about an order: accepted, rejected, cancelled, expired.
public struct OrderUpdate: Sendable, Hashable {
    public var id: ClientOrderID
    public var transition: OrderTransition
    public var time: Timestamp
    /// Why, for rejections and cancellations.
    public var reason: String

    public init(id: ClientOrderID, transition: OrderTransition, time: Timestamp, reason: String = "") {
        self.id = id
        self.transition = transition
        self.time = time
        self.reason = reason
    }
}
