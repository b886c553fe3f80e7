/// A strategy's request about one of its working orders (new orders are `OrderIntent`s).
public enum OrderCommand: Sendable, Hashable {
    /// Cancel the order (what has filled stays filled).
    case cancel(ClientOrderID)
    /// Change the order's total quantity or its prices.
    case modify(ClientOrderID, OrderModification)
}
