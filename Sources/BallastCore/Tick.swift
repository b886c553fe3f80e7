/// One quote or trade. Sides the source did not give are nil.
public struct Tick: Hashable, Sendable, Codable {
    public var time: Timestamp
    public var bid: Price?
    public var ask: Price?
    /// Last trade price (exchange instruments and trade feeds).
    public var last: Price?
    public var volume: Double
    /// MT5 tick flags (`TICK_FLAG_BID` = 2, `ASK` = 4, `LAST` = 8, `VOLUME` = 16, `BUY` = 32, `SELL` = 64).
    public var flags: UInt32

    public init(time: Timestamp, bid: Price? = nil, ask: Price? = nil, last: Price? = nil, volume: Double = 0, flags: UInt32 = 0) {
        self.time = time
        self.bid = bid
        self.ask = ask
        self.last = last
        self.volume = volume
        self.flags = flags
    }
}
