import BallastCore

/// A two-sided quote the paper venue trades against: buys fill at the ask, sells at the bid.
/// Quotes are also the venue's clock: the latest quote time is "now".
public struct PaperQuote: Sendable, Codable, Hashable {
    public var symbol: String
    public var time: Timestamp
    public var bid: Price
    public var ask: Price
    /// Volume this quote offers (lots), for the participation cap; nil when unknown.
    public var volume: Quantity?

    public init(symbol: String, time: Timestamp, bid: Price, ask: Price, volume: Quantity? = nil) {
        self.symbol = symbol
        self.time = time
        self.bid = bid
        self.ask = ask
        self.volume = volume
    }

    /// The quote from a tick with both sides, or nil when a side is missing.
    public init?(symbol: String, tick: Tick) {
        guard let bid = tick.bid, let ask = tick.ask else { return nil }
        let volume = tick.volume > 0 ? Quantity(raw: Int64((tick.volume * Double(Quantity.scale)).rounded())) : nil
        self.init(symbol: symbol, time: tick.time, bid: bid, ask: ask, volume: volume)
    }

    /// (bid + ask) / 2, rounded toward zero to 10⁻⁹.
    public var mid: Price { Price(raw: (bid.raw + ask.raw) / 2) }

    /// The price a market order on `side` trades at: the ask for buys, the bid for sells.
    public func price(for side: OrderSide) -> Price { side == .buy ? ask : bid }
}
