/// An order the engine created from an intent, with its state.
public struct Order: Sendable, Codable, Hashable, Identifiable {
    public let id: ClientOrderID
    public var intent: OrderIntent
    public private(set) var status: OrderStatus
    public var filledQuantity: Quantity
    /// Volume-weighted average fill price; zero before the first fill.
    public var averagePrice: Price
    public let createdAt: Timestamp
    /// The entry whose bracket created this exit.
    public var parent: ClientOrderID?

    public init(id: ClientOrderID, intent: OrderIntent, createdAt: Timestamp, parent: ClientOrderID? = nil) {
        self.id = id
        self.intent = intent
        self.status = .created
        self.filledQuantity = .zero
        self.averagePrice = .zero
        self.createdAt = createdAt
        self.parent = parent
    }

    public var remainingQuantity: Quantity { intent.quantity - filledQuantity }

    /// Applies `transition` if the status table allows it; returns false (and changes nothing) if not.
    @discardableResult
    public mutating func apply(_ transition: OrderTransition) -> Bool {
        guard let next = status.next(on: transition) else { return false }
        status = next
        return true
    }

    /// Records a fill of `quantity` at `price` and moves to partiallyFilled or filled.
    /// Returns false (and changes nothing) when the order cannot fill or the quantity is too large.
    @discardableResult
    public mutating func recordFill(quantity: Quantity, price: Price) -> Bool {
        guard quantity.raw > 0, quantity <= remainingQuantity else { return false }
        let total = filledQuantity + quantity
        let transition: OrderTransition = total == intent.quantity ? .fill : .partialFill
        guard status.next(on: transition) != nil else { return false }
        if filledQuantity.raw == 0 {
            // The first fill's price is the average: no 128-bit division on the usual single fill.
            averagePrice = price
        } else {
            let weighted = Int128(averagePrice.raw) * Int128(filledQuantity.raw) + Int128(price.raw) * Int128(quantity.raw)
            averagePrice = Price(raw: Int64(weighted / Int128(total.raw)))
        }
        filledQuantity = total
        apply(transition)
        return true
    }
}
