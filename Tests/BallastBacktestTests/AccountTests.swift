import BallastBacktest
import BallastCore
import Testing

@Suite struct AccountTests {
    typealias F = Fixture

    func fill(_ side: OrderSide, _ lots: String, at price: String, time: Timestamp, id: String = "o",
              symbol: String = "EURUSD") -> Fill {
        Fill(orderID: ClientOrderID(id), symbol: symbol, side: side, quantity: F.lots(lots), price: F.price(price),
             time: time, commission: .zero("USD"))
    }

    @Test func swapsOverAWeekendWithTheTripleDay() {
        // 1 lot long EURUSD, swap −7.2 points: −7.2 × 0.00001 × 100,000 = −7.20 USD a night.
        // Held Wednesday 12:00 → Monday 12:00 with 00:00 UTC rollovers: Thu 00:00 ends Wednesday,
        // the triple day (3 nights); Fri 00:00 (Thursday, 1); Sat 00:00 (Friday, 1); Sun 00:00 and
        // Mon 00:00 end Saturday and Sunday (0). 5 nights = −36.00 USD.
        let eurusd = F.pair("EURUSD", base: "EUR", quote: "USD", digits: 5, swapLong: "-7.2", triple: .wednesday,
                            session: try! InstrumentCatalogAccess.fxCalendar()!.template)
        var account = F.account([eurusd])
        account.passRollovers(upTo: F.time(hour: 12))
        var f = fill(.buy, "1", at: "1.10000", time: F.time(hour: 12))
        account.apply(&f, market: 0)
        account.passRollovers(upTo: F.time(day: 8, hour: 12))
        #expect(account.balance == F.usd("99964"))
        #expect(account.costs.swap == F.usd("36"))
        // Closing flat at the entry price: the trade carries the swap.
        var close = fill(.sell, "1", at: "1.10000", time: F.time(day: 8, hour: 12))
        account.apply(&close, market: 0)
        #expect(account.trades.map(\.swap) == [F.usd("-36")])
    }

    @Test func tripleSwapOnAnotherWeekday() {
        // The same position with the triple day on Friday: Wed 1 + Thu 1 + Fri 3 = 5 nights, and
        // a Thursday-to-Saturday hold is Thu 1 + Fri 3 = 4 nights = −28.80 USD.
        let eurusd = F.pair("EURUSD", base: "EUR", quote: "USD", digits: 5, swapLong: "-7.2", triple: .friday,
                            session: try! InstrumentCatalogAccess.fxCalendar()!.template)
        var account = F.account([eurusd])
        account.passRollovers(upTo: F.time(day: 4, hour: 12))
        var f = fill(.buy, "1", at: "1.10000", time: F.time(day: 4, hour: 12))
        account.apply(&f, market: 0)
        account.passRollovers(upTo: F.time(day: 6, hour: 12))
        #expect(account.balance == F.usd("99971.2"))
    }

    @Test func nettingReversesAndRealizesExactly() {
        // Long 1 lot at 1.10000, sell 2 at 1.10250: +0.00250 × 100,000 = +250 USD realized, then
        // short 1 lot at 1.10250, marked at 1.10300: −50 USD floating.
        var account = F.account([F.eurusd])
        var buy = fill(.buy, "1", at: "1.10000", time: F.time())
        account.apply(&buy, market: 0)
        var sell = fill(.sell, "2", at: "1.10250", time: F.time(minute: 5), id: "o2")
        account.apply(&sell, market: 0)
        account.mark(market: 0, price: F.price("1.10300"))
        #expect(account.balance == F.usd("100250"))
        #expect(account.equity == F.usd("100200"))
        #expect(account.position(market: 0) == F.lots("-1"))
        #expect(account.trades.map(\.profit) == [F.usd("250")])
    }

    @Test func hedgingKeepsTicketsApart() {
        // Hedging: a buy and a sell of 1 lot are two tickets; margin counts both
        // (2 × 110,000 × 1% = 2,200 USD), the net position is flat.
        var account = F.account([F.eurusd], mode: .hedging)
        var buy = fill(.buy, "1", at: "1.10000", time: F.time(), id: "a")
        account.apply(&buy, market: 0)
        var sell = fill(.sell, "1", at: "1.10000", time: F.time(), id: "b")
        account.apply(&sell, market: 0)
        #expect(account.tickets(market: 0).count == 2)
        #expect(account.position(market: 0) == .zero)
        #expect(account.margin == F.usd("2200"))
        // Closing ticket "a" by name realizes only it: +0.00100 × 100,000 = 100 USD.
        var close = fill(.sell, "1", at: "1.10100", time: F.time(minute: 1), id: "c")
        account.apply(&close, market: 0, closing: ClientOrderID("a"))
        #expect(account.trades.map(\.profit) == [F.usd("100")])
        #expect(account.tickets(market: 0).map(\.id.rawValue) == ["b"])
    }

    @Test func usdjpyInAUSDAccountConvertsByItsOwnPrice() {
        // 1 lot USDJPY (100,000 USD) bought at 150.000 and sold at 151.000: 1.000 × 100,000 =
        // 100,000 JPY, converted at the USDJPY price of the moment, 151.000: 662.251656 USD.
        let usdjpy = F.pair("USDJPY", base: "USD", quote: "JPY", digits: 3)
        var account = F.account([usdjpy])
        account.observeRate(market: 0, price: F.price("150"))
        var buy = fill(.buy, "1", at: "150.000", time: F.time(), symbol: "USDJPY")
        account.apply(&buy, market: 0)
        account.observeRate(market: 0, price: F.price("151"))
        var sell = fill(.sell, "1", at: "151.000", time: F.time(minute: 1), id: "o2", symbol: "USDJPY")
        account.apply(&sell, market: 0)
        #expect(account.trades.map(\.profit) == [Money("662.251656", currency: "USD")!])
        #expect(account.balance == Money("100662.251656", currency: "USD")!)
    }

    @Test func anAccountWithoutAConversionPairIsRefused() {
        let xauusd = try! Instrument(symbol: "XAUUSD", assetClass: .metal, baseCurrency: "XAU", quoteCurrency: "USD", digits: 2,
                                     contractSize: Quantity(100), volumeMin: F.lots("0.01"), volumeStep: F.lots("0.01"),
                                     volumeMax: Quantity(100), marginRate: 0.05, session: .alwaysOpen)
        #expect(throws: AccountError.self) {
            try Account(settings: AccountSettings(currency: "EUR", deposit: Money("1000", currency: "EUR")!), instruments: [xauusd])
        }
    }
}
