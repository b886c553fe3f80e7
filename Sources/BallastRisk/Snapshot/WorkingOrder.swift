import BallastCore

/// An order at the broker that has not finished: what is left of it and who sent it.
public struct WorkingOrder: Sendable, Hashable {
    public var id: ClientOrderID
    /// The order as sent; `remaining` is what can still fill.
    public var intent: OrderIntent
    public var remaining: Quantity
    /// The strategy (sleeve) that sent it.
    public var strategy: String

    public init(id: ClientOrderID, intent: OrderIntent, remaining: Quantity? = nil, strategy: String = "") {
        self.id = id
        self.intent = intent
        self.remaining = remaining ?? intent.quantity
        self.strategy = strategy
    }
}
