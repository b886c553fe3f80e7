/// A quote or trade as it happens.
public struct TickEvent: Sendable, Hashable {
    public var symbol: String
    public var tick: Tick

    public init(symbol: String, tick: Tick) {
        self.symbol = symbol
        self.tick = tick
    }
}
