import BallastCore

/// The scripted trading session of the chaos benchmark: step `i` moves the market to a quote and
/// submits one intent. Everything derives from the step number and a fixed seed, so every
/// restarted process replays the same session and the same intent ids.
struct ChaosScript: Sendable {
    static let account = "chaos"
    static let symbol = "EURUSD"
    static let start = Timestamp(nanoseconds: 1_735_776_000 * Timestamp.nanosPerSecond)   // 2025-01-02 00:00 UTC
    static let spread = Price("0.00002")!

    let steps: Int
    /// Mid price of each step: a seeded random walk of 0–5 points a step around 1.10000.
    let mids: [Price]

    init(steps: Int, seed: UInt64 = 20_261_125) {
        self.steps = steps
        var random = SplitMix64(seed: seed)
        var mid = Price("1.10000")!.raw
        var mids: [Price] = []
        mids.reserveCapacity(steps)
        for _ in 0..<steps {
            let move = Int64(random.next() % 11) - 5
            mid += move * 10_000   // a point is 0.00001 = 10,000 raw units
            mids.append(Price(raw: mid))
        }
        self.mids = mids
    }

    /// Steps are a second apart.
    static func time(of step: Int) -> Timestamp { Timestamp(nanoseconds: start.nanoseconds + Int64(step) * Timestamp.nanosPerSecond) }

    func quote(_ step: Int) -> (bid: Price, ask: Price) { (mids[step], mids[step] + Self.spread) }

    /// Step `step`'s intent: market orders of 0.10–0.25 lots whose side follows a slow cycle
    /// (so positions build up and unwind), and every fifth step a limit order just inside the
    /// market that fills on a later quote (or stays working).
    func intent(_ step: Int) -> TradeIntent {
        let side: OrderSide = (step / 7) % 2 == 0 ? .buy : .sell
        let lots = Quantity(raw: Quantity("0.1")!.raw + Int64(step % 4) * Quantity("0.05")!.raw)
        let (bid, ask) = quote(step)
        var type = OrderType.market
        if step % 5 == 4 {
            let offset: Int64 = 20_000   // two points inside the touch
            type = .limit(side == .buy ? Price(raw: bid.raw - offset) : Price(raw: ask.raw + offset))
        }
        let order = OrderIntent(symbol: Self.symbol, side: side, quantity: lots, type: type, timeInForce: .gtc, tag: "chaos")
        return TradeIntent(id: IntentID("chaos/\(step)"), account: Self.account, strategy: "chaos", order: order,
                           createdAt: Self.time(of: step), referencePrice: side == .buy ? ask : bid)
    }
}
