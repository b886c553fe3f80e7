import BallastBacktest
import BallastCore
import BallastData
import BallastRisk
import BallastTestSupport
import BallastEngine
import Foundation
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

    @Test func aBuyStopGappedThroughFillsAtTheAsk() {
        // Buy stop 1.10050. Tick 1: ask 1.10010, below it (the bid never matters to a buy).
        // Tick 2 gaps to ask 1.10090: fills at that ask, 40 points past the trigger.
        var x = exchange()
        x.receive(.submit(F.order("bs", .buy, "1", .stop(F.price("1.10050")))), at: F.time())
        #expect(F.fills(x.process(tick: tick(1, bid: "1.10060", ask: "1.10010"), market: 0)).isEmpty)
        let fills = F.fills(x.process(tick: tick(2, bid: "1.10078", ask: "1.10090"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.10090")])
    }

    @Test func aTrailingSellStopFollowsTheBid() {
        // Distance 0.00020. Tick 1 (arrival): bid 1.10000, stop 1.09980. Tick 2: bid 1.10050
        // moves it to 1.10030. Tick 3: bid 1.10020 ≤ 1.10030: fills at the bid 1.10020.
        var x = exchange()
        x.receive(.submit(F.order("ts", .sell, "1", .trailingStop(distance: F.price("0.00020")))), at: F.time())
        #expect(F.fills(x.process(tick: tick(1, bid: "1.10000", ask: "1.10010"), market: 0)).isEmpty)
        #expect(F.fills(x.process(tick: tick(2, bid: "1.10050", ask: "1.10060"), market: 0)).isEmpty)
        let fills = F.fills(x.process(tick: tick(3, bid: "1.10020", ask: "1.10030"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.10020")])
    }

    @Test func anIOCLimitOnlyTriesItsArrivalTick() {
        // Buy limit 1.10000 IOC: the arrival tick's ask 1.10010 is above it, so it is cancelled
        // there and tick 2's ask 1.09990 fills nothing.
        var x = exchange()
        x.receive(.submit(F.order("ioc", .buy, "1", .limit(F.price("1.10000")), tif: .ioc)), at: F.time())
        #expect(F.updates(x.process(tick: tick(1, bid: "1.09998", ask: "1.10010"), market: 0)) == [.accept, .cancel])
        #expect(x.process(tick: tick(2, bid: "1.09978", ask: "1.09990"), market: 0).isEmpty)
        #expect(x.openOrderCount == 0)
    }

    @Test func bracketExitsWorkFromTheTickAfterTheirEntryFills() {
        // Entry buy and a sell-limit exit at 1.10000 sent together. Tick 1: the entry fills at the
        // ask 1.10012; the bid 1.10005 already reaches the exit's limit, but the exit waits for
        // the next tick, where it fills at the bid 1.10003.
        var x = exchange()
        let exit = Order(id: ClientOrderID("tp"), intent: OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("1"),
                                                                    type: .limit(F.price("1.10000"))),
                         createdAt: F.time(), parent: ClientOrderID("e"))
        x.receive([.submit(F.order("e", .buy, "1")), .submit(exit)], at: F.time())
        #expect(F.fills(x.process(tick: tick(1, bid: "1.10005", ask: "1.10012"), market: 0)).map(\.price) == [F.price("1.10012")])
        let fills = F.fills(x.process(tick: tick(2, bid: "1.10003", ask: "1.10015"), market: 0))
        #expect(fills.map(\.orderID) == [ClientOrderID("tp")])
        #expect(fills.map(\.price) == [F.price("1.10003")])
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

    @Test func storedTicksReplayLikeColumns() throws {
        // Two months of ticks (every fifth without an ask) stored and read back in place: the run
        // matches the same ticks in memory, fill for fill and point for point.
        var ticks = TickColumns()
        let start = Timestamp(year: 2020, month: 1, day: 31, hour: 23).nanoseconds
        for i in 0..<300 {
            ticks.append(time: start + Int64(i) * 30_000_000_000, bid: 1_121_200_000 + Int64(i) * 10_000,
                         ask: i % 5 == 0 ? TickColumns.missing : 1_121_300_000 + Int64(i) * 10_000,
                         last: TickColumns.missing, volume: 0, flags: 6)
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-ticks-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let store = BarStore(home: home)
        let key = try SeriesKey.ticks("EURUSD")
        _ = try store.importTicks(ticks, into: key, digits: 5, zone: "UTC")
        let stored = try store.ticks(key)
        #expect(stored.partitions.count == 2)
        func run(_ series: TickSeries) throws -> BacktestResult {
            let plan: [Int: [OrderIntent]] = [5: [OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))],
                                              250: [OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("1"))]]
            let account = F.account([F.eurusd])
            let engine = Engine(strategy: TickScript(plan: plan), risk: PreTradeLimits(),
                                context: StrategyContext(accountCurrency: account.currency))
            var runner = try BacktestRunner(engine: engine, exchange: exchange(), account: account)
            return try runner.run(series)
        }
        let fromStore = try run(TickSeries(symbol: "EURUSD", stored: stored))
        let inMemory = try run(TickSeries(symbol: "EURUSD", columns: ticks))
        // Buy decided on tick 5 (row 4); row 5 has no ask, so it fills at row 6's ask 1.12136.
        // Sell decided on tick 250 fills at row 250's bid 1.12370: (1.12370 − 1.12136) × 100,000 = 234 USD.
        #expect(fromStore.fills.map(\.price) == [F.price("1.12136"), F.price("1.12370")])
        #expect(fromStore.fills.map(\.time.nanoseconds) == [ticks.time[6], ticks.time[250]])
        #expect(fromStore.netPnL == F.usd("234"))
        #expect(fromStore.fills == inMemory.fills)
        #expect(fromStore.equity.equity == inMemory.equity.equity)
        #expect(fromStore.equity.times == ticks.time)
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
