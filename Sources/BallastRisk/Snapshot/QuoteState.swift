import BallastCore

/// The last quote seen for a symbol and when it arrived (event time).
public struct QuoteState: Sendable, Hashable {
    public var bid: Price
    public var ask: Price
    public var time: Timestamp

    public init(bid: Price, ask: Price, time: Timestamp) {
        self.bid = bid
        self.ask = ask
        self.time = time
    }

    /// (bid + ask) / 2, rounded toward zero to 10⁻⁹.
    public var mid: Price { Price(raw: (bid.raw + ask.raw) / 2) }

    /// The price an order on `side` would trade at now: the ask for buys, the bid for sells.
    public func price(for side: OrderSide) -> Price { side == .buy ? ask : bid }

    /// Nanoseconds since the quote arrived, at `time`.
    public func age(at now: Timestamp) -> Int64 { now.nanoseconds - time.nanoseconds }
}
