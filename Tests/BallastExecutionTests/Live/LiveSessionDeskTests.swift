import BallastCore
import BallastEngine
import BallastExecution
import BallastRisk
import Testing

/// A session whose intents go through the account's risk desk: the desk counts what it sends,
/// so the order-rate rule sees the session's orders (through the router alone it would not).
@Suite struct LiveSessionDeskTests {
    typealias H = DeskHarness

    /// Three market buys of 0.1 lots on the first bar, nothing after.
    struct Burst: Strategy {
        var bars = 0

        mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
            bars += 1
            guard bars == 1 else { return [] }
            return (0..<3).map { _ in OrderIntent(symbol: event.symbol, side: .buy, quantity: Quantity("0.1")!, type: .market) }
        }
    }

    func run(throughDesk: Bool) async throws -> LiveSessionReport {
        let harness = try await H()
        var risk = H.risk()
        risk.limits.maxOrdersPerMinute = 2
        let (desk, router) = try await harness.open(risk)
        let bars = (0..<3).map { i in
            Bar(time: H.t0 + H.minutes(Int64(i)), open: Price("1.1")!, high: Price("1.1002")!, low: Price("1.0998")!,
                close: Price("1.1001")!)
        }
        let replay = BarReplay(symbol: "EURUSD", timeframe: .m1, bars: bars, point: H.eurusd.point) { _ in 10 }
        let engine = Engine(strategy: Burst(), risk: PreTradeLimits(), context: StrategyContext(accountCurrency: "USD"))
        var session = LiveSession(engine: engine, router: router, submitter: throughDesk ? desk : router, store: harness.store,
                                  strategyName: "burst", symbol: "EURUSD") { event in
            guard let quote = replay.quote(for: event) else { return }
            try await harness.quote(desk, bid: quote.bid.description, ask: quote.ask.description, at: quote.time)
        }
        try await session.run(replay.stream)
        return session.report
    }

    @Test func theDeskCountsTheSessionsOrdersForTheOrderRateRule() async throws {
        let desk = try await run(throughDesk: true)
        #expect(desk.sent.count == 2)
        #expect(desk.refused.count == 1)
        #expect(desk.refused.first?.reason.contains("2") == true, "\(desk.refused)")
        let bare = try await run(throughDesk: false)
        #expect(bare.sent.count == 3 && bare.refused.isEmpty, "the router alone does not count sends")
    }
}
