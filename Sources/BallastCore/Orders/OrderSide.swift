/// Buy or sell.
public enum OrderSide: String, Sendable, Codable, Hashable {
    case buy, sell

    /// +1 for buys, -1 for sells.
    @inlinable public var sign: Int64 { self == .buy ? 1 : -1 }

    public var opposite: OrderSide { self == .buy ? .sell : .buy }
}
