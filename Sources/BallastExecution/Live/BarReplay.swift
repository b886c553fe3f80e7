import BallastCore

/// A quote a venue trades against during a replay: buys at the ask, sells at the bid.
public struct ReplayQuote: Sendable, Hashable {
    public var symbol: String
    public var time: Timestamp
    public var bid: Price
    public var ask: Price

    public init(symbol: String, time: Timestamp, bid: Price, ask: Price) {
        self.symbol = symbol
        self.time = time
        self.bid = bid
        self.ask = ask
    }

    /// (bid + ask) / 2, rounded toward zero to 10⁻⁹.
    public var mid: Price { Price(raw: (bid.raw + ask.raw) / 2) }
}

/// Stored bars replayed as a live session's market: one `.bar` event per bar at its close,
/// and the quote a paper venue should hold when the engine decides on it.
///
/// The quote matches the backtest's bar fill model (`SimulatedExchange`, `.halfEachSide`):
/// an order decided at bar i's close fills at bar i+1's open, plus half bar i+1's spread for
/// buys and minus it for sells (`spread · point / 2`, truncated, as the exchange computes it),
/// at bar i+1's open time. So the quote of bar i is bar i+1's open at that time, and a market
/// order a paper venue fills at once lands on the backtest's price and time. Only the last
/// bar differs: there is no next open, so its quote is its own close at its close time (a
/// backtest leaves that order unfilled; a session trades at the market).
///
/// Working limit and stop orders are matched by the venue against these quotes only, not
/// against each bar's high and low as the backtest's bar path does: equality holds for
/// market orders.
public struct BarReplay: Sendable {
    public let symbol: String
    public let timeframe: Timeframe
    /// The bar events, in order.
    public let events: [EngineEvent]
    private let quotes: [Int64: ReplayQuote]
    /// The quotes' times, ascending (the bars'), and their mid prices, for `mid(at:)`.
    private let quoteTimes: [Int64]
    private let mids: [Price]

    /// - Parameters:
    ///   - point: the instrument's point (0.00001 on a 5-digit pair).
    ///   - spreadPoints: the full spread of a fill on a bar, in points (the backtest's `SpreadModel`).
    public init(symbol: String, timeframe: Timeframe, bars: [Bar], point: Price, spreadPoints: (Bar) -> Int64) {
        self.symbol = symbol
        self.timeframe = timeframe
        var events: [EngineEvent] = []
        var quotes: [Int64: ReplayQuote] = [:]
        var quoteTimes: [Int64] = [], mids: [Price] = []
        events.reserveCapacity(bars.count)
        quotes.reserveCapacity(bars.count)
        for (i, bar) in bars.enumerated() {
            let event = BarEvent(symbol: symbol, timeframe: timeframe, bar: bar)
            events.append(.bar(event))
            let next = i + 1 < bars.count ? bars[i + 1] : nil
            let half = spreadPoints(next ?? bar) * point.raw / 2
            let mid = next?.open ?? bar.close
            let quote = ReplayQuote(symbol: symbol, time: next?.time ?? event.closeTime,
                                    bid: Price(raw: mid.raw - half), ask: Price(raw: mid.raw + half))
            quotes[event.closeTime.nanoseconds] = quote
            quoteTimes.append(quote.time.nanoseconds)
            mids.append(quote.mid)
        }
        self.events = events
        self.quotes = quotes
        self.quoteTimes = quoteTimes
        self.mids = mids
    }

    /// The mid price of the latest quote at or before `time`; nil before the first.
    public func mid(at time: Timestamp) -> Price? {
        let after = quoteTimes.partitioningIndex { $0 > time.nanoseconds }
        return after > 0 ? mids[after - 1] : nil
    }

    /// Quote-to-account rates taken from this replay's own quotes, for a pair whose base
    /// currency is the account's (USDJPY in a USD account): a unit of the quote currency is
    /// worth 1 / price units of the base. Nil for any other pair of currencies, or before the
    /// first quote.
    public func ownPairRate(base: String, quote: String) -> ConversionRate {
        let replay = self
        return { from, to, time in
            guard from == quote, to == base, let price = replay.mid(at: time), price.raw > 0 else { return nil }
            return FixedPointMath.roundedInt64(Int128(Price.scale) * Int128(Price.scale), Int128(price.raw)).map(Price.init(raw:))
        }
    }

    /// The quote the venue should hold when the engine handles `event` (nil for other events).
    public func quote(for event: EngineEvent) -> ReplayQuote? {
        guard case .bar(let bar) = event, bar.symbol == symbol else { return nil }
        return quotes[bar.closeTime.nanoseconds]
    }

    /// The events as an asynchronous sequence (unbounded buffer: every event is already in memory).
    public var stream: AsyncStream<EngineEvent> {
        AsyncStream(bufferingPolicy: .unbounded) { continuation in
            for event in events { continuation.yield(event) }
            continuation.finish()
        }
    }
}
