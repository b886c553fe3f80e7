import BallastBacktest
import BallastCore
import Testing

@Suite struct ExchangeFillTests {
    typealias F = Fixture

    func exchange(spread: any SpreadModel = FixedSpread(points: 0), cap: ParticipationCap? = nil) -> SimulatedExchange {
        SimulatedExchange(markets: [MarketRules(instrument: F.eurusd, timeframe: .m1, spread: spread, participation: cap)])
    }

    @Test func marketOrdersFillAtTheNextOpenPayingHalfTheSpread() {
        // Decided at 00:01 (bar 0's close); bar 1 opens at 1.10010 with a spread of 12 points:
        // half is 6 points, so the buy pays 1.10010 + 0.00006 = 1.10016 and the sell gets 1.10004.
        var x = exchange(spread: BarSpread())
        x.receive([.submit(F.order("b", .buy, "1")), .submit(F.order("s", .sell, "2"))], at: F.time(minute: 1))
        let events = x.process(bar: F.bar(F.time(minute: 1), "1.10010", "1.10030", "1.10000", "1.10020", spread: 12), market: 0)
        // Filled completely on arrival: no separate acknowledgement, the fills report both orders.
        #expect(F.updates(events) == [])
        let fills = F.fills(events)
        #expect(fills.map(\.price) == [F.price("1.10016"), F.price("1.10004")])
        #expect(fills.map(\.quantity) == [F.lots("1"), F.lots("2")])
        #expect(fills.allSatisfy { $0.time == F.time(minute: 1) && $0.spreadCost == F.price("0.00006") })
    }

    @Test func aStopTheBarGapsThroughFillsAtTheOpen() {
        // Sell stop at 1.09950; the next bar opens at 1.09900, below it: the fill is the open
        // 1.09900 (50 points worse than the trigger), not 1.09950.
        var x = exchange()
        x.receive(.submit(F.order("sl", .sell, "1", .stop(F.price("1.09950")))), at: F.time())
        let fills = F.fills(x.process(bar: F.bar(F.time(), "1.09900", "1.09980", "1.09880", "1.09970"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09900")])
        #expect(fills.first?.time == F.time())
    }

    @Test func aLimitTheBarGapsThroughFillsAtTheOpen() {
        // Buy limit at 1.09950; the bar opens at 1.09900: the limit fills at the better open price.
        var x = exchange()
        x.receive(.submit(F.order("lim", .buy, "1", .limit(F.price("1.09950")))), at: F.time())
        let fills = F.fills(x.process(bar: F.bar(F.time(), "1.09900", "1.09960", "1.09890", "1.09940"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09900")])
    }

    @Test func aStopCrossedInsideTheBarFillsAtItsLevelAtTheCloseTime() {
        // Open 1.10000 → low 1.09900 (bullish bar: low first) crosses the 1.09950 sell stop:
        // fill at 1.09950, stamped at the bar's close (00:01).
        var x = exchange()
        x.receive(.submit(F.order("sl", .sell, "1", .stop(F.price("1.09950")))), at: F.time())
        let fills = F.fills(x.process(bar: F.bar(F.time(), "1.10000", "1.10100", "1.09900", "1.10050"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09950")])
        #expect(fills.first?.time == F.time(minute: 1))
    }

    @Test func ocoOrdersFillInPathOrderAndCancelEachOther() {
        // Bearish bar (close < open): path open 1.10000 → high 1.10100 → low 1.09900 → close.
        // Sell limit 1.10080 (take-profit) is reached on the way up, before the 1.09950 sell stop:
        // the limit fills at 1.10080 and the stop is cancelled.
        var x = exchange()
        x.receive([.submit(F.order("tp", .sell, "1", .limit(F.price("1.10080")), oco: "g")),
                   .submit(F.order("sl", .sell, "1", .stop(F.price("1.09950")), oco: "g"))], at: F.time())
        let events = x.process(bar: F.bar(F.time(), "1.10000", "1.10100", "1.09900", "1.09920"), market: 0)
        #expect(F.fills(events).map(\.orderID.rawValue) == ["tp"])
        #expect(F.fills(events).map(\.price) == [F.price("1.10080")])
        #expect(F.updates(events) == [.accept, .accept, .cancel])
        #expect(x.openOrderCount == 0)
    }

    @Test func theParticipationCapFillsInParts() {
        // Cap 10% of the bar's real volume: 4 lots traded → 0.4 lot per bar. A 1-lot market order
        // fills 0.4 at 1.10000, 0.4 at 1.10010, then the last 0.2 at 1.10020.
        var x = exchange(cap: ParticipationCap(fraction: 0.1))
        x.receive(.submit(F.order("m", .buy, "1")), at: F.time())
        var fills: [Fill] = []
        var updates: [OrderTransition] = []
        for (i, open) in ["1.10000", "1.10010", "1.10020"].enumerated() {
            let events = x.process(bar: F.bar(F.time(minute: i), open, open, open, open, volume: 4), market: 0)
            fills += F.fills(events)
            updates += F.updates(events)
        }
        // Only part filled on arrival: the order rests at the venue, so it is acknowledged.
        #expect(updates == [.accept])
        #expect(fills.map(\.quantity) == [F.lots("0.4"), F.lots("0.4"), F.lots("0.2")])
        #expect(fills.map(\.price) == [F.price("1.10000"), F.price("1.10010"), F.price("1.10020")])
    }

    @Test func noFillsWhileClosedAndGapsFillAtTheReopen() throws {
        // FX hours: Sun 17:00 to Fri 17:00 New York = Fri 22:00 to Sun 22:00 UTC closed in January.
        // An order decided at Friday 21:59 meets a stray Saturday bar (no fill), then fills at the
        // Sunday 22:00 reopen price 1.10500.
        let fx = try #require(try InstrumentCatalogAccess.fxCalendar())
        var x = SimulatedExchange(markets: [MarketRules(instrument: F.eurusd, timeframe: .m1, calendar: fx,
                                                        spread: FixedSpread(points: 0))])
        x.receive(.submit(F.order("m", .buy, "1")), at: F.time(day: 5, hour: 21, minute: 59))
        let saturday = x.process(bar: F.bar(F.time(day: 6, hour: 10), "1.20000", "1.20000", "1.20000", "1.20000"), market: 0)
        #expect(F.fills(saturday).isEmpty)
        let reopen = x.process(bar: F.bar(F.time(day: 7, hour: 22), "1.10500", "1.10600", "1.10400", "1.10550"), market: 0)
        #expect(F.fills(reopen).map(\.price) == [F.price("1.10500")])
    }

    @Test func timeInForceEnds() {
        // IOC limit not marketable at the open is cancelled; a day order placed Wednesday expires at
        // the 00:00 UTC rollover; GTD expires at its time.
        var x = exchange()
        x.receive([.submit(F.order("ioc", .buy, "1", .limit(F.price("1.09000")), tif: .ioc)),
                   .submit(F.order("day", .buy, "1", .limit(F.price("1.09000")), tif: .day)),
                   .submit(F.order("gtd", .buy, "1", .limit(F.price("1.09000")), tif: .gtd(F.time(hour: 12))))],
                  at: F.time(hour: 10))
        let first = x.process(bar: F.bar(F.time(hour: 10), "1.10000", "1.10010", "1.09990", "1.10000"), market: 0)
        #expect(F.updates(first) == [.accept, .accept, .accept, .cancel])
        let noon = x.process(bar: F.bar(F.time(hour: 12), "1.10000", "1.10010", "1.09990", "1.10000"), market: 0)
        #expect(F.updates(noon) == [.expire])
        let thursday = x.process(bar: F.bar(F.time(day: 4), "1.10000", "1.10010", "1.09990", "1.10000"), market: 0)
        #expect(F.updates(thursday) == [.expire])
        #expect(x.openOrderCount == 0)
    }

    @Test func trailingStopsFollowTheBestPriceBarByBar() {
        // Sell trailing stop 0.00050 from the 1.10000 open: stop 1.09950. The bar reaches 1.10200,
        // so the stop rises to 1.10150 for the next bar, which falls to 1.10100: fill at 1.10150.
        var x = exchange()
        x.receive(.submit(F.order("tr", .sell, "1", .trailingStop(distance: F.price("0.00050")))), at: F.time())
        let first = x.process(bar: F.bar(F.time(), "1.10000", "1.10200", "1.09980", "1.10180"), market: 0)
        #expect(F.fills(first).isEmpty)
        let second = x.process(bar: F.bar(F.time(minute: 1), "1.10180", "1.10190", "1.10100", "1.10120"), market: 0)
        #expect(F.fills(second).map(\.price) == [F.price("1.10150")])
    }

    @Test func latencyCommissionAndSlippage() {
        // One bar of latency: the order misses bar 1 and fills at bar 2's open 1.10000, plus 2 points
        // fixed slippage = 1.10002. Commission 3.50 USD per lot × 2 lots = 7.00 USD.
        var x = SimulatedExchange(
            markets: [MarketRules(instrument: F.eurusd, timeframe: .m1, spread: FixedSpread(points: 0),
                                  commission: PerLotCommission(perLot: F.usd("3.5")), slippage: FixedSlippage(points: 2))],
            settings: ExchangeSettings(latency: OrderLatency(bars: 1)))
        x.receive(.submit(F.order("m", .buy, "2")), at: F.time())
        #expect(x.process(bar: F.bar(F.time(), "1.09990", "1.10000", "1.09980", "1.09990"), market: 0).isEmpty)
        let fills = F.fills(x.process(bar: F.bar(F.time(minute: 1), "1.10000", "1.10010", "1.09990", "1.10000"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.10002")])
        #expect(fills.map(\.commission) == [F.usd("7")])
        #expect(fills.map(\.slippage) == [F.price("0.00002")])
    }

    @Test func volatilitySlippageAndNotionalCommission() {
        // The previous bar spans 0.00100; 10% of it is 0.00010 (10 points): a sell at the 1.10000
        // open fills at 1.09990. Commission 0.002% of 1 lot × 100,000 × 1.09990 = 2.1998 USD.
        var x = SimulatedExchange(markets: [MarketRules(
            instrument: F.eurusd, timeframe: .m1, spread: FixedSpread(points: 0), commission: NotionalCommission(rate: 0.00002),
            slippage: VolatilitySlippage(fractionOfRange: 0.1))])
        _ = x.process(bar: F.bar(F.time(), "1.10000", "1.10050", "1.09950", "1.10000"), market: 0)
        x.receive(.submit(F.order("m", .sell, "1")), at: F.time(minute: 1))
        let fills = F.fills(x.process(bar: F.bar(F.time(minute: 1), "1.10000", "1.10010", "1.09990", "1.10000"), market: 0))
        #expect(fills.map(\.price) == [F.price("1.09990")])
        #expect(fills.map(\.commission) == [F.usd("2.1998")])
    }
}
