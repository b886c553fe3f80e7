import BallastBacktest
import BallastCore
import BallastData
import BallastRisk
import BallastTestSupport
import BallastEngine
import Testing

/// Sends planned intents at given tick counts (1 = the first tick).
struct TickScript: Strategy {
    var plan: [Int: [OrderIntent]]
    var seen = 0

    mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] {
        seen += 1
        return plan[seen] ?? []
    }
}

@Suite struct TickFillTests {
    typealias F = Fixture

    func exchange(slippage: any SlippageModel = NoSlippage()) -> SimulatedExchange {
        SimulatedExchange(markets: [MarketRules(instrument: F.eurusd, timeframe: .m1, slippage: slippage)])
    }

    func tick(_ second: Int, bid: String?, ask: String?) -> Tick {
        Tick(time: F.time() + Int64(second) * Timestamp.nanosPerSecond, bid: bid.map(F.price), ask: ask.map(F.price))
    }

    @Test func marketOrdersFillAtTheNextTicksAskOrBid() {
        // Both decided before the tick 1.10000 / 1.10012: the buy pays the ask 1.10012, the sell
        // gets the bid 1.10000; each records half the quoted spread, 0.00006, as its spread cost.
        var x = exchange()
        x.receive([.submit(F.order("b", .buy, "1")), .submit(F.order("s", .sell, "2"))], at: F.time())
        let events = x.process(tick: tick(1, bid: "1.10000", ask: "1.10012"), market: 0)
        #expect(F.updates(events) == [])
        let fills = F.fills(events)
        #expect(fills.map(\.price) == [F.price("1.10012"), F.price("1.10000")])
        #expect(fills.map(\.quantity) == [F.lots("1"), F.lots("2")])
        #expect(fills.allSatisfy { $0.time == tick(1, bid: nil, ask: nil).time && $0.spreadCost == F.price("0.00006") })
    }

    @Test func marketOrdersPaySlippageOnTopOfTheQuote() {
        // 2 points (0.00002) of fixed slippage: buy 1.10012 + 0.00002, sell 1.10000 − 0.00002.
        var x = exchange(slippage: FixedSlippage(points: 2))
        x.receive([.submit(F.order("b", .buy, "1")), .submit(F.order("s", .sell, "1"))], at: F.time())
        let fills = F.fills(x.process(tick: tick(1, bid: "1.10000", ask: "1.10012"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.10014"), F.price("1.09998")])
    }

    @Test func aBuyLimitFillsWhenTheAskDropsToIt() {
        // Buy limit 1.10000. Tick 1: ask 1.10010 > limit, only accepted (the bid 1.09995 below
        // the limit does not count: buys execute at the ask). Tick 2: ask 1.09998 ≤ limit: fills
        // at the ask, 1.09998, better than the limit.
        var x = exchange()
        x.receive(.submit(F.order("lim", .buy, "1", .limit(F.price("1.10000")))), at: F.time())
        let first = x.process(tick: tick(1, bid: "1.09995", ask: "1.10010"), market: 0)
        #expect(F.updates(first) == [.accept])
        #expect(F.fills(first).isEmpty)
        let fills = F.fills(x.process(tick: tick(2, bid: "1.09986", ask: "1.09998"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09998")])
        #expect(fills.first?.slippage == .zero)
    }

    @Test func aSellStopGappedThroughFillsAtTheBidNotTheStop() {
        // Sell stop 1.09950. Tick 1: bid 1.10000, above it. Tick 2 gaps to bid 1.09900: the stop
        // triggers and fills at that bid, 50 points worse than the trigger.
        var x = exchange()
        x.receive(.submit(F.order("sl", .sell, "1", .stop(F.price("1.09950")))), at: F.time())
        #expect(F.fills(x.process(tick: tick(1, bid: "1.10000", ask: "1.10010"), market: 0)).isEmpty)
        let fills = F.fills(x.process(tick: tick(2, bid: "1.09900", ask: "1.09912"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09900")])
        #expect(x.openOrderCount == 0)
    }

    @Test func aTickWithoutAnAskCannotFillABuy() {
        // Tick 1 carries only a bid: the buy waits (accepted), tick 2's ask 1.10012 fills it.
        var x = exchange()
        x.receive(.submit(F.order("b", .buy, "1")), at: F.time())
        let first = x.process(tick: tick(1, bid: "1.10000", ask: nil), market: 0)
        #expect(F.fills(first).isEmpty)
        #expect(F.updates(first) == [.accept])
        let fills = F.fills(x.process(tick: tick(2, bid: "1.10000", ask: "1.10012"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.10012")])
        #expect(fills.first?.spreadCost == F.price("0.00006"))
    }

    @Test(.enabled(if: TestData.isAvailable)) func aStrategyOnRealTicksBuysAtTheAskAndSellsAtTheBid() throws {
        // HistData EURUSD ticks. The strategy buys 1 lot on tick 1 and sells on tick 100: the buy
        // fills at tick 2's ask 1.121920, the sell at tick 101's bid 1.121270. PnL =
        // (1.121270 − 1.121920) × 100,000 = −65 USD, exactly; flat, so equity = balance.
        let read = try HistDataTicksReader().read(
            try ByteSource(path: TestData.path("histdata/DAT_ASCII_EURUSD_T_202001_head9500.csv.gz")), options: ReadOptions())
        guard case .ticks(let ticks) = read.payload else { Issue.record("no ticks"); return }
        let buy = OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))
        let sell = OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("1"))
        let account = F.account([F.eurusd])
        let engine = Engine(strategy: TickScript(plan: [1: [buy], 100: [sell]]), risk: PreTradeLimits(),
                            context: StrategyContext(accountCurrency: account.currency))
        var runner = try BacktestRunner(engine: engine, exchange: exchange(), account: account)
        let result = try runner.run(TickSeries(symbol: "EURUSD", columns: ticks))
        #expect(result.fills.map(\.price) == [F.price("1.121920"), F.price("1.121270")])
        #expect(result.fills.map(\.price) == [Price(raw: ticks.ask[1]), Price(raw: ticks.bid[100])])
        #expect(result.fills.map(\.time.nanoseconds) == [ticks.time[1], ticks.time[100]])
        #expect(result.netPnL == F.usd("-65"))
        #expect(result.finalBalance == F.usd("99935"))
        #expect(result.finalPosition == .zero)
        #expect(result.equity.count == 9500)
        #expect(result.equity.time(at: 9499).nanoseconds == ticks.time[9499])
        #expect(runner.engine.anomalies.isEmpty)
    }

    @Test func anOpenLongIsMarkedAtTheBid() throws {
        // Buy on tick 1, fills at tick 2's ask 1.10012; tick 2's bid 1.10000 values the long:
        // equity = 100,000 − 0.00012 × 100,000 = 99,988 USD after tick 2.
        let ticks = TickColumns(rows: [tick(1, bid: "1.10000", ask: "1.10010"), tick(2, bid: "1.10000", ask: "1.10012")])
        let account = F.account([F.eurusd])
        let engine = Engine(strategy: TickScript(plan: [1: [OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))]]),
                            risk: PreTradeLimits(), context: StrategyContext(accountCurrency: account.currency))
        var runner = try BacktestRunner(engine: engine, exchange: exchange(), account: account)
        let result = try runner.run(TickSeries(symbol: "EURUSD", columns: ticks))
        #expect(result.equity.equity == [100_000, 99_988])
        #expect(result.finalPosition == F.lots("1"))
    }
}

extension TickColumns {
    init(rows: [Tick]) {
        self.init()
        for row in rows { append(row) }
    }
}
