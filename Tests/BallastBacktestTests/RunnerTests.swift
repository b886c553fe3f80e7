import BallastBacktest
import BallastCore
import BallastEngine
import Testing

@Suite struct RunnerTests {
    typealias F = Fixture

    func series(_ symbol: String, _ rows: [(String, String, String, String)], start: Int = 0) -> BarSeries {
        let bars = rows.enumerated().map { i, r in F.bar(F.time(minute: start + i), r.0, r.1, r.2, r.3) }
        return BarSeries(symbol: symbol, timeframe: .m1, columns: BarColumns(bars))
    }

    func rules(_ instrument: Instrument) -> MarketRules {
        MarketRules(instrument: instrument, timeframe: .m1, spread: FixedSpread(points: 0))
    }

    @Test func bracketExitsCancelEachOther() throws {
        // Bar 1's close sends a 1-lot buy with stop-loss 1.09900 and take-profit 1.10200. It fills
        // at bar 2's open, 1.10000; the engine then places both exits, which work from bar 3.
        // Bar 3 rises to 1.10250: the take-profit fills at 1.10200 and the stop is cancelled.
        // Profit 0.00200 × 100,000 = 200 USD.
        let entry = OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"),
                                bracket: Bracket(stopLoss: F.price("1.09900"), takeProfit: F.price("1.10200")))
        let bars = series("EURUSD", [("1.09990", "1.10000", "1.09980", "1.10000"), ("1.10000", "1.10050", "1.09950", "1.10040"),
                                     ("1.10040", "1.10250", "1.10030", "1.10100"), ("1.10100", "1.10100", "1.09800", "1.09850")])
        let (result, runner) = try backtest(ScriptedStrategy([1: [entry]]), markets: [rules(F.eurusd)],
                                            account: F.account([F.eurusd]), series: [bars])
        #expect(result.fills.map(\.price) == [F.price("1.10000"), F.price("1.10200")])
        #expect(result.fills.map(\.tag) == ["", "take-profit"])
        #expect(result.netPnL == F.usd("200"))
        #expect(result.finalPosition == .zero)
        #expect(runner.engine.orders.values.filter { $0.status == .cancelled }.map(\.intent.tag) == ["stop-loss"])
        #expect(runner.engine.anomalies.isEmpty)
        #expect(runner.exchange.openOrderCount == 0)
    }

    @Test func hedgingBracketExitClosesItsEntrysTicket() throws {
        // Hedging: bar 1's close sends a bracketed 1-lot buy (S-1) and a plain 1-lot buy (S-2),
        // which fill at bar 2's open, 1.10000, as two tickets. Bar 3's take-profit sells 1 lot at
        // 1.10200 and closes the ticket of its entry, S-1: not S-2's, and not as a new short.
        // Realized 0.00200 × 100,000 = 200 USD; S-2 stays open.
        let entry = OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"),
                                bracket: Bracket(stopLoss: F.price("1.09900"), takeProfit: F.price("1.10200")))
        let plain = OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))
        let bars = series("EURUSD", [("1.09990", "1.10000", "1.09980", "1.10000"), ("1.10000", "1.10050", "1.09950", "1.10040"),
                                     ("1.10040", "1.10250", "1.10030", "1.10100"), ("1.10100", "1.10100", "1.10000", "1.10050")])
        let (result, runner) = try backtest(ScriptedStrategy([1: [entry, plain]]), markets: [rules(F.eurusd)],
                                            account: F.account([F.eurusd], mode: .hedging), series: [bars])
        #expect(result.fills.map(\.tag) == ["", "", "take-profit"])
        #expect(runner.account.tickets(market: 0).map(\.id) == [ClientOrderID("S-2")])
        #expect(runner.account.trades.map(\.profit) == [F.usd("200")])
        #expect(result.finalPosition == F.lots("1"))
    }

    @Test func marginStopOutClosesTheLosingPositionAtTheNextPrice() throws {
        // 1,000 USD deposit, 1 lot EURUSD at 1.10000 with 1% margin: margin 1,100 USD, level 90.9%
        // (margin call at 100%). Bar 2 closes at 1.09500: equity 1,000 − 500 = 500, level 45.5% ≤ 50%:
        // stop-out. The broker sells at bar 3's open, 1.09400: realized −600, balance 400 USD.
        // The close is the engine's order S-2 (tagged stop-out): the strategy hears of its fill.
        let buy = OrderIntent(symbol: "EURUSD", side: .buy, quantity: F.lots("1"))
        let bars = series("EURUSD", [("1.10000", "1.10000", "1.10000", "1.10000"), ("1.10000", "1.10000", "1.09500", "1.09500"),
                                     ("1.09400", "1.09400", "1.09400", "1.09400"), ("1.09400", "1.09400", "1.09400", "1.09400")])
        let (result, runner) = try backtest(ScriptedStrategy([1: [buy]]), markets: [rules(F.eurusd)],
                                            account: F.account([F.eurusd], deposit: "1000"), series: [bars])
        #expect(result.stopOuts == 1)
        #expect(result.fills.map(\.price) == [F.price("1.10000"), F.price("1.09400")])
        #expect(result.finalBalance == F.usd("400"))
        #expect(result.finalPosition == .zero)
        #expect(runner.engine.context.position("EURUSD") == .zero)
        #expect(result.equity.equity == [1000, 500, 400, 400])
        #expect(result.fills.map(\.tag) == ["", "stop-out"])
        #expect(runner.engine.strategy.filledTags == ["", "stop-out"])
        let stopOut = try #require(runner.engine.orders[ClientOrderID("S-2")])
        #expect(stopOut.intent.tag == "stop-out" && stopOut.status == .filled && stopOut.intent.side == .sell)
        #expect(stopOut.parent == ClientOrderID("S-1") && stopOut.createdAt == F.time(minute: 2))
        #expect(runner.engine.anomalies.isEmpty && runner.engine.rejections.isEmpty)
    }

    @Test func xauusdInAEURAccountConvertsThroughEURUSD() throws {
        // 1 lot gold (100 oz) bought at 2000.00 and sold at 2010.00: 10 × 100 = 1,000 USD; EURUSD
        // is 1.25000 throughout, so 1,000 / 1.25 = 800 EUR.
        let gold = try Instrument(symbol: "XAUUSD", assetClass: .metal, baseCurrency: "XAU", quoteCurrency: "USD", digits: 2,
                                  contractSize: Quantity(100), volumeMin: F.lots("0.01"), volumeStep: F.lots("0.01"),
                                  volumeMax: Quantity(100), marginRate: 0.05, session: .alwaysOpen)
        let eurusd = F.pair("EURUSD", base: "EUR", quote: "USD", digits: 5)
        let flat = ("1.25000", "1.25000", "1.25000", "1.25000")
        let account = try Account(settings: AccountSettings(currency: "EUR", deposit: Money("10000", currency: "EUR")!),
                                  instruments: [eurusd, gold])
        let plan: [Int: [OrderIntent]] = [1: [OrderIntent(symbol: "XAUUSD", side: .buy, quantity: F.lots("1"))],
                                          2: [OrderIntent(symbol: "XAUUSD", side: .sell, quantity: F.lots("1"))]]
        let (result, _) = try backtest(
            ScriptedStrategy(plan, symbol: "XAUUSD"), markets: [rules(eurusd), rules(gold)], account: account,
            series: [series("EURUSD", [flat, flat, flat, flat]),
                     series("XAUUSD", [("1990", "1995", "1985", "1990"), ("2000", "2005", "1995", "2000"),
                                       ("2010", "2015", "2005", "2010"), ("2010", "2010", "2010", "2010")])])
        #expect(result.trades.map(\.profit) == [Money("800", currency: "EUR")!])
        #expect(result.netPnL == Money("800", currency: "EUR")!)
        #expect(result.bars == 8)
    }
}

@Suite struct EquityCurveTests {
    @Test func timesAreTheBarsCloseTimes() throws {
        // One series: the curve reads its times from the bars (open + 1 minute); two series: it keeps them.
        let bars = (0..<3).map { Fixture.bar(Fixture.time(minute: $0), "1.1", "1.1", "1.1", "1.1") }
        let one = BarSeries(symbol: "EURUSD", timeframe: .m1, columns: BarColumns(bars))
        let (single, _) = try backtest(ScriptedStrategy([:]), markets: [MarketRules(instrument: Fixture.eurusd, timeframe: .m1)],
                                       account: Fixture.account([Fixture.eurusd]), series: [one])
        #expect(single.equity.times == (1...3).map { Fixture.time(minute: $0).nanoseconds })
        let usdjpy = Fixture.pair("USDJPY", base: "USD", quote: "JPY", digits: 3)
        let other = BarSeries(symbol: "USDJPY", timeframe: .m1, columns: BarColumns(bars))
        let (merged, _) = try backtest(ScriptedStrategy([:]), markets: [MarketRules(instrument: Fixture.eurusd, timeframe: .m1),
                                                                        MarketRules(instrument: usdjpy, timeframe: .m1)],
                                       account: Fixture.account([Fixture.eurusd, usdjpy]), series: [one, other])
        #expect(merged.equity.times == [1, 1, 2, 2, 3, 3].map { Fixture.time(minute: $0).nanoseconds })
        #expect(merged.equity.equity == Array(repeating: 100_000, count: 6))
    }
}
