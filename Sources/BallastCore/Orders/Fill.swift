/// One execution of (part of) an order.
public struct Fill: Sendable, Codable, Hashable {
    public var orderID: ClientOrderID
    public var symbol: String
    public var side: OrderSide
    public var quantity: Quantity
    /// The price paid or received, costs such as the spread and slippage included.
    public var price: Price
    public var time: Timestamp
    /// Commission charged for this fill, in the account currency (zero when none).
    public var commission: Money
    /// Part of the price that was spread and slippage, per unit (for cost reports).
    public var spreadCost: Price
    public var slippage: Price
    public var tag: String

    public init(orderID: ClientOrderID, symbol: String, side: OrderSide, quantity: Quantity, price: Price, time: Timestamp,
                commission: Money, spreadCost: Price = .zero, slippage: Price = .zero, tag: String = "") {
        self.orderID = orderID
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.price = price
        self.time = time
        self.commission = commission
        self.spreadCost = spreadCost
        self.slippage = slippage
        self.tag = tag
    }

    /// The signed quantity: positive for buys.
    public var signedQuantity: Quantity { side == .buy ? quantity : -quantity }
}
