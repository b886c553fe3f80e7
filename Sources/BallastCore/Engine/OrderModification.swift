

/// A change to a working order.
public struct OrderModification: Sendable, Hashable {
    public var quantity: Quantity?
    public var type: OrderType?

    public init(quantity: Quantity? = nil, type: OrderType? = nil) {
        self.quantity = quantity
        self.type = type
    }
}
