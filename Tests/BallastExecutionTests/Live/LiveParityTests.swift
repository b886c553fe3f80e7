import BallastBacktest
import BallastBrokers
import BallastCore
import BallastEngine
import BallastExecution
import BallastRisk
import BallastStore
import BallastTestSupport
import Testing

/// The proof that one kernel runs in backtest and paper trading: the same `SMACross` engine
/// over the same real bars, once through the backtest runner and once through a live session
/// over the paper venue, the router and an SQLite ledger, trades alike.
///
/// Mapping of the fill models: the backtest fills a market order decided at bar i's close at
/// bar i+1's open ± half the spread (`.halfEachSide`, FixedSpread of 10 points here), at bar
/// i+1's open time; `BarReplay` gives the paper venue exactly that quote (bid = open − half,
/// ask = open + half, time = bar i+1's open) before the engine decides on bar i, and the venue
/// fills market orders at once at the ask (buys) or bid (sells). The one documented
/// difference: an order decided at the last bar's close has no next bar in the backtest (it
/// never fills) while the session fills it at that close; the test allows exactly that.
@Suite struct LiveParityTests {
    static let spread: Int64 = 10

    @Test(.enabled(if: TestData.isAvailable)) func smaCrossTradesAlikeInABacktestAndAPaperSession() async throws {
        let bars = try LivePaper.eurusdBars(4_000)
        #expect(bars.count == 4_000)
        let strategy = SMACross(fast: 10, slow: 40, quantity: Quantity(1), symbol: "EURUSD")
        let backtest = try Self.backtest(strategy, bars: bars)

        let paper = try await LivePaper.make()
        let replay = BarReplay(symbol: "EURUSD", timeframe: .m1, bars: bars, point: LivePaper.instrument.point) { _ in Self.spread }
        var session = paper.session(strategy, replay: replay)
        try await session.run(replay.stream)

        let backtestOrders = backtest.engine.book.all, liveOrders = session.engine.book.all
        #expect(backtestOrders.count > 20)
        let lastDecision = replay.events.last?.time
        // Every order the backtest made, the session made the same (side, quantity, time, id).
        let shared = liveOrders.prefix(backtestOrders.count)
        #expect(shared.map(\.intent) == backtestOrders.map(\.intent))
        #expect(shared.map(\.createdAt) == backtestOrders.map(\.createdAt))
        #expect(liveOrders.dropFirst(backtestOrders.count).allSatisfy { $0.createdAt == lastDecision })

        let backtestFills = backtest.result.fills, liveFills = session.report.fills
        #expect(backtestFills.count == backtestOrders.filter { $0.status == .filled }.count)
        let key = { (f: Fill) in "\(f.orderID) \(f.side) \(f.quantity) @ \(f.price) \(f.time.iso8601)" }
        #expect(liveFills.prefix(backtestFills.count).map(key) == backtestFills.map(key))
        #expect(liveFills.count == liveOrders.count)

        // The engine's context follows the ledger; the ledger is the sum of the venue's fills.
        let ledger = try await paper.router.positions().first { $0.symbol == "EURUSD" }?.quantity ?? .zero
        let unmatched = liveFills.dropFirst(backtestFills.count).reduce(Int64(0)) { $0 + $1.signedQuantity.raw }
        #expect(ledger.raw - unmatched == backtest.result.finalPosition.raw)
        #expect(session.engine.context.position("EURUSD") == ledger)
        let recorded = try await paper.store.fills(account: LivePaper.account, after: 0)
        #expect(recorded.reduce(Int64(0)) { $0 + $1.signedQuantity.raw } == ledger.raw)
        #expect(recorded.map(\.price) == liveFills.map(\.price))
        #expect(session.report.anomalies.isEmpty && session.engine.anomalies.isEmpty && backtest.engine.anomalies.isEmpty)
    }

    @Test(.enabled(if: TestData.isAvailable)) func aReplayedSessionSendsNothingAndEndsWhereTheFirstDid() async throws {
        let bars = try LivePaper.eurusdBars(1_500)
        let strategy = SMACross(fast: 10, slow: 40, quantity: Quantity(1), symbol: "EURUSD")
        let replay = BarReplay(symbol: "EURUSD", timeframe: .m1, bars: bars, point: LivePaper.instrument.point) { _ in Self.spread }
        let first = try await LivePaper.make()
        var one = first.session(strategy, replay: replay)
        try await one.run(replay.stream)
        #expect(!one.report.sent.isEmpty)

        // A restart: a new router over the same ledger and venue, the same events again.
        let again = try await LivePaper.make(store: first.store, broker: first.broker)
        _ = try await Reconciler(router: again.router).reconcile(at: replay.events[0].time)
        var two = again.session(strategy, replay: replay)
        try await two.run(replay.stream)
        #expect(two.sessionID == one.sessionID)
        #expect(two.report.sent.isEmpty)
        #expect(two.report.duplicates.count == one.report.sent.count)
        #expect(two.report.fills == one.report.fills)
        #expect(two.engine.context.position("EURUSD") == one.engine.context.position("EURUSD"))
        #expect(try await first.store.fills(account: LivePaper.account, after: 0).count == one.report.fills.count)
    }

    static func backtest(_ strategy: SMACross, bars: [Bar]) throws -> (result: BacktestResult, engine: Engine<SMACross>) {
        let instrument = LivePaper.instrument
        let engine = Engine(strategy: strategy, risk: PreTradeLimits(), context: StrategyContext(accountCurrency: "USD", historyLength: 0))
        let account = try Account(settings: AccountSettings(currency: "USD", deposit: Money("100000", currency: "USD")!),
                                  instruments: [instrument])
        let market = MarketRules(instrument: instrument, timeframe: .m1, spread: FixedSpread(points: spread))
        var runner = try BacktestRunner(engine: engine, exchange: SimulatedExchange(markets: [market]), account: account)
        let result = try runner.run([BarSeries(symbol: "EURUSD", timeframe: .m1, columns: BarColumns(bars))])
        return (result, runner.engine)
    }
}
