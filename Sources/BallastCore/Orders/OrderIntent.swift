/// What a strategy wants: the input to risk checks and order creation. Quantities are positive;
/// the side says the direction.
public struct OrderIntent: Sendable, Codable, Hashable {
    // Declared largest-alignment first so little padding is wasted: 122 bytes instead of 136, under
    // the 128 up to which a copy is a few vector moves rather than a call to memcpy (intents
    // and the orders holding them are moved several times on the way to the exchange).
    public var symbol: String
    /// Orders sharing a group cancel each other when one fills (one-cancels-other).
    public var ocoGroup: String?
    /// Free text carried to orders and fills (the strategy's reason).
    public var tag: String
    public var quantity: Quantity
    public var type: OrderType
    public var side: OrderSide
    public var timeInForce: TimeInForce
    public var bracket: Bracket?

    @inlinable
    public init(symbol: String, side: OrderSide, quantity: Quantity, type: OrderType = .market,
                timeInForce: TimeInForce = .gtc, bracket: Bracket? = nil, ocoGroup: String? = nil, tag: String = "") {
        self.symbol = symbol
        self.side = side
        self.quantity = quantity
        self.type = type
        self.timeInForce = timeInForce
        self.bracket = bracket
        self.ocoGroup = ocoGroup
        self.tag = tag
    }

    /// A market order for a signed quantity change (positive buys, negative sells); nil for zero.
    @inlinable
    public static func market(_ symbol: String, delta: Quantity, tag: String = "") -> OrderIntent? {
        guard delta.raw != 0 else { return nil }
        return OrderIntent(symbol: symbol, side: delta.raw > 0 ? .buy : .sell, quantity: Quantity(raw: abs(delta.raw)), tag: tag)
    }
}
