import BallastBacktest
import BallastCore
import BallastEngine
import BallastRisk
import Testing

/// Logs every bar and tick it hears of; sends planned intents at given bar counts.
struct EventLog: Strategy {
    var plan: [Int: [OrderIntent]] = [:]
    var log: [String] = []
    var bars: [Bar] = []

    mutating func onBar(_ event: BarEvent, context: StrategyContext) -> [OrderIntent] {
        log.append("bar \(event.symbol) \(event.closeTime.nanoseconds / Timestamp.nanosPerSecond % 3600)")
        bars.append(event.bar)
        return plan[bars.count] ?? []
    }

    mutating func onTick(_ event: TickEvent, context: StrategyContext) -> [OrderIntent] {
        log.append("tick \(event.symbol) \(event.tick.time.nanoseconds / Timestamp.nanosPerSecond % 3600)")
        return []
    }
}

@Suite struct MergedRunTests {
    typealias F = Fixture
    static let gbpusd = F.pair("GBPUSD", base: "GBP", quote: "USD", digits: 5)
    static let audusd = F.pair("AUDUSD", base: "AUD", quote: "USD", digits: 5)

    func ticks(_ symbol: String, _ rows: [(second: Int, bid: String, ask: String)], bars: Timeframe? = nil) -> TickSeries {
        let ticks = rows.map { Tick(time: F.time() + Int64($0.second) * Timestamp.nanosPerSecond, bid: F.price($0.bid), ask: F.price($0.ask)) }
        return TickSeries(symbol: symbol, columns: TickColumns(rows: ticks), barTimeframe: bars)
    }

    func runner(_ strategy: EventLog, _ instruments: [Instrument]) throws -> BacktestRunner<EventLog> {
        let markets = instruments.map { MarketRules(instrument: $0, timeframe: .m1, spread: FixedSpread(points: 0)) }
        return try BacktestRunner(engine: Engine(strategy: strategy, risk: PreTradeLimits(), context: StrategyContext(accountCurrency: "USD")),
                                  exchange: SimulatedExchange(markets: markets), account: F.account(instruments))
    }

    @Test func barsAndTicksOfSeveralSeriesArriveInTimeOrder() throws {
        // EURUSD M1 bars close at 60, 120, 180 s; GBPUSD ticks at 30, 60, 150 s; AUDUSD at 60 s.
        // At 60 s the bar goes first, then the ticks in series order.
        let flat = ("1.10000", "1.10000", "1.10000", "1.10000")
        let bars = RunnerTests().series("EURUSD", [flat, flat, flat])
        let gbp = ticks("GBPUSD", [(30, "1.27000", "1.27010"), (60, "1.27000", "1.27010"), (150, "1.27000", "1.27010")])
        let aud = ticks("AUDUSD", [(60, "0.67000", "0.67010")])
        var run = try runner(EventLog(), [F.eurusd, Self.gbpusd, Self.audusd])
        let result = try run.run(bars: [bars], ticks: [gbp, aud])
        #expect(run.engine.strategy.log == ["tick GBPUSD 30", "bar EURUSD 60", "tick GBPUSD 60", "tick AUDUSD 60",
                                            "bar EURUSD 120", "tick GBPUSD 150", "bar EURUSD 180"])
        #expect(result.bars == 3 && result.ticks == 4 && result.equity.count == 7)
        #expect(result.equity.times.map { ($0 - F.time().nanoseconds) / Timestamp.nanosPerSecond } == [30, 60, 60, 60, 120, 150, 180])
    }

    @Test func barsBuiltFromTicksReachTheStrategyBeforeTheTickThatCompletesThem() throws {
        // Minute 0's bids 1.10000, 1.10020, 1.09990 make the bar O 1.10000 H 1.10020 L 1.09990
        // C 1.09990 (3 ticks). It is complete when the 65 s tick arrives and goes to the strategy
        // first: its buy fills at that tick's ask, 1.10050. Minute 1 (one tick, 1.10040) completes
        // at 120 s; minute 2 never completes. The long is marked at the last bid, 1.10060:
        // (1.10060 − 1.10050) × 100,000 = 10 USD.
        let series = ticks("EURUSD", [(10, "1.10000", "1.10010"), (40, "1.10020", "1.10030"), (50, "1.09990", "1.10000"),
                                      (65, "1.10040", "1.10050"), (120, "1.10060", "1.10070")], bars: .m1)
        var run = try runner(EventLog(plan: [1: [OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))]]), [F.eurusd])
        let result = try run.run(series)
        let strategy = run.engine.strategy
        #expect(strategy.bars == [Bar(time: F.time(), open: F.price("1.10000"), high: F.price("1.10020"), low: F.price("1.09990"),
                                      close: F.price("1.09990"), tickVolume: 3),
                                  Bar(time: F.time(minute: 1), open: F.price("1.10040"), high: F.price("1.10040"),
                                      low: F.price("1.10040"), close: F.price("1.10040"), tickVolume: 1)])
        #expect(strategy.log.filter { $0.hasPrefix("bar") || $0.hasSuffix(" 65") || $0.hasSuffix(" 120") }
                == ["bar EURUSD 60", "tick EURUSD 65", "bar EURUSD 120", "tick EURUSD 120"])
        #expect(result.fills.map(\.price) == [F.price("1.10050")])
        #expect(result.fills.map(\.time) == [F.time() + 65 * Timestamp.nanosPerSecond])
        #expect(result.netPnL == F.usd("10") && result.bars == 0 && result.ticks == 5)
    }

    @Test func progressIsReportedEveryIntervalOfEvents() throws {
        let flat = ("1.10000", "1.10000", "1.10000", "1.10000")
        final class Calls: @unchecked Sendable { var counts: [Int] = [] }
        // One series: partitions are cut into blocks at the reporting points.
        let calls = Calls()
        var single = try runner(EventLog(), [F.eurusd])
        single.progressInterval = 4
        single.progress = { calls.counts.append($0) }
        _ = try single.run([RunnerTests().series("EURUSD", Array(repeating: flat, count: 10))])
        #expect(calls.counts == [4, 8])
        // Merged bars and ticks count both.
        let merged = Calls()
        var run = try runner(EventLog(), [F.eurusd, Self.gbpusd])
        run.progressInterval = 2
        run.progress = { merged.counts.append($0) }
        let gbp = ticks("GBPUSD", [(30, "1.27000", "1.27010"), (90, "1.27000", "1.27010"), (150, "1.27000", "1.27010")])
        let result = try run.run(bars: [RunnerTests().series("EURUSD", [flat, flat, flat])], ticks: [gbp])
        #expect(merged.counts == [2, 4, 6] && result.equity.count == 6)
        // Without a callback nothing is counted, and the result is the same.
        var quiet = try runner(EventLog(), [F.eurusd, Self.gbpusd])
        let same = try quiet.run(bars: [RunnerTests().series("EURUSD", [flat, flat, flat])], ticks: [gbp])
        #expect(same.equity.equity == result.equity.equity)
    }
}
