import BallastBacktest
import BallastCore
import BallastData
import BallastRisk
import BallastTestSupport
import Testing

/// Walk-forward test runs replay their training window without trading first, so indicators are
/// warm at the test window's first bar, and nothing trades before it.
@Suite struct WalkForwardWarmUpTests {
    @Test func tradingWindowRefusesIntentsBeforeItsStart() {
        let context = StrategyContext(accountCurrency: "USD")
        let gate = TradingWindow(start: Timestamp(seconds: 100), inner: PreTradeLimits())
        let intent = OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(1))
        if case .reject(let rule, _) = gate.check(intent, context: context) { #expect(rule == "warmUp") } else { Issue.record("accepted") }
    }

    @Test func testWindowsTradeOnlyInsideAndStartWarm() throws {
        let catalog = try InstrumentCatalog.shipped()
        let gold = try #require(catalog.instrument("XAUUSD"))
        let read = try MT5BarsReader().read(try ByteSource(path: TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz")),
                                            options: ReadOptions(zone: TimeZoneRule.named("NY+7")))
        guard case .bars(let bars) = read.payload else { Issue.record("no bars"); return }
        let template = BacktestTemplate(instrument: gold, timeframe: .h1, strategy: "sma-cross",
                                        baseParameters: ["symbol": "XAUUSD", "quantity": "1"],
                                        account: AccountSettings(currency: "USD", deposit: Money("100000", currency: "USD")!))
        let walk = WalkForward(sweep: ParameterSweep(template: template, objective: .sharpe),
                               plan: WalkForwardPlan(train: .bars(1500), test: .bars(400)))
        let result = try walk.run([["fast": "20", "slow": "100"]], over: BarSeries(symbol: "XAUUSD", timeframe: .h1, columns: bars))
        try #require(!result.folds.isEmpty)
        for fold in result.folds {
            #expect(fold.curve.times.allSatisfy { $0 > fold.testStart.nanoseconds })
            #expect(fold.curve.count == fold.window.test.count)
        }
        // Warm indicators: cold, sma-cross needs 100 bars for its slow SMA and then a first flip
        // before it trades; warmed up on the training window, it trades from its first flip in the
        // test window. On this data the warm folds hold more trades than the same windows run cold.
        let series = BarSeries(symbol: "XAUUSD", timeframe: .h1, columns: bars)
        var cold = 0
        for fold in result.folds {
            let run = try template.run(series.slice(fold.window.test), parameters: ["fast": "20", "slow": "100"])
            cold += run.trades.count
        }
        let warm = result.folds.map(\.outOfSample.trades).reduce(0, +)
        #expect(warm > cold, "warm \(warm) trades, cold \(cold)")
    }
}
