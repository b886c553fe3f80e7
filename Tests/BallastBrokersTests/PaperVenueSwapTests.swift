import BallastBrokers
import BallastCore
import Testing

/// Overnight financing at the paper venue, by hand: EURUSD longs pay 6.50 USD per lot and
/// night, shorts earn 1.20; Wednesday's rollover (22:00 UTC) charges three nights, Saturday's
/// and Sunday's none; the accrued swap is booked pro rata by the fills that reduce the position.
@Suite struct PaperVenueSwapTests {
    static let terms = PaperSwapTerms(longPerLot: Money("-6.5", currency: "USD")!, shortPerLot: Money("1.2", currency: "USD")!)
    static let tuesday = Timestamp(year: 2025, month: 1, day: 7, hour: 10)   // 2025-01-07 is a Tuesday

    static func quote(at time: Timestamp) -> PaperQuote {
        PaperQuote(symbol: "EURUSD", time: time, bid: PaperFixtures.price("1.10000"), ask: PaperFixtures.price("1.10020"))
    }

    static func at(day: Int, hour: Int) -> Timestamp { Timestamp(year: 2025, month: 1, day: day, hour: hour) }

    @Test func aLongPaysEachNightThriceOnWednesdayAndItsFillsBookTheirShare() throws {
        var venue = PaperVenue(settings: PaperVenueSettings(swaps: ["EURUSD": Self.terms]))
        venue.apply(quote: Self.quote(at: Self.tuesday))
        _ = try venue.submit(PaperFixtures.request("buy", .buy, "2"), at: Self.tuesday)
        venue.apply(quote: Self.quote(at: Self.at(day: 7, hour: 23)))   // Tuesday's rollover: 2 × −6.50
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("-13", currency: "USD"))
        venue.apply(quote: Self.quote(at: Self.at(day: 8, hour: 23)))   // Wednesday's: 2 × −6.50 × 3 = −39
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("-52", currency: "USD"))

        let thursday = Self.at(day: 9, hour: 12)
        venue.apply(quote: Self.quote(at: thursday))
        _ = try venue.submit(PaperFixtures.request("part", .sell, "0.5"), at: thursday)   // a quarter of the position
        #expect(venue.accounts[PaperFixtures.account]?.fills.last?.swap == Money("-13", currency: "USD"))
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("-39", currency: "USD"))

        // Thursday's and Friday's rollovers on 1.5 lots (−9.75 each), Saturday's none: −58.50 in all.
        let sunday = Self.at(day: 12, hour: 23)
        venue.apply(quote: Self.quote(at: sunday))
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("-58.5", currency: "USD"))
        _ = try venue.submit(PaperFixtures.request("close", .sell, "1.5"), at: sunday)
        #expect(venue.accounts[PaperFixtures.account]?.fills.last?.swap == Money("-58.5", currency: "USD"))
        #expect(venue.positions(account: PaperFixtures.account).isEmpty)
    }

    @Test func aShortEarnsAndAReversalBooksAllOfIt() throws {
        var venue = PaperVenue(settings: PaperVenueSettings(swaps: ["EURUSD": Self.terms]))
        venue.apply(quote: Self.quote(at: Self.tuesday))
        _ = try venue.submit(PaperFixtures.request("short", .sell, "1"), at: Self.tuesday)
        venue.apply(quote: Self.quote(at: Self.at(day: 8, hour: 23)))   // Tuesday's 1.20 + Wednesday's 3.60
        _ = try venue.submit(PaperFixtures.request("flip", .buy, "3"), at: Self.at(day: 8, hour: 23))
        let fills = venue.accounts[PaperFixtures.account]?.fills ?? []
        #expect(fills.first?.swap == nil)   // opening fills book nothing
        #expect(fills.last?.swap == Money("4.8", currency: "USD"))
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == nil)
        #expect(venue.positions(account: PaperFixtures.account).first?.quantity == PaperFixtures.lots("2"))
    }

    /// USDJPY in a USD account: 1,540 JPY per lot and night for a long (15.4 points of 0.001 on
    /// 100,000), divided by the mid price when each rollover is charged.
    @Test func aSwapInTheQuoteCurrencyIsConvertedAtThePairsPriceOfTheRollover() throws {
        let yen = PaperSwapTerms(longPerLot: Money("1540", currency: "JPY")!, shortPerLot: Money("-3120", currency: "JPY")!,
                                 conversion: .byOwnPrice)
        var venue = PaperVenue(settings: PaperVenueSettings(accountCurrency: "USD", swaps: ["USDJPY": yen]))
        func quote(_ time: Timestamp, _ bid: String, _ ask: String) -> PaperQuote {
            PaperQuote(symbol: "USDJPY", time: time, bid: PaperFixtures.price(bid), ask: PaperFixtures.price(ask))
        }
        venue.apply(quote: quote(Self.tuesday, "149.990", "150.010"))
        _ = try venue.submit(PaperFixtures.request("buy", .buy, "1", symbol: "USDJPY"), at: Self.tuesday)
        venue.apply(quote: quote(Self.at(day: 7, hour: 23), "149.990", "150.010"))   // 1,540 / 150 = 10.266667
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("10.266667", currency: "USD"))
        venue.apply(quote: quote(Self.at(day: 8, hour: 23), "153.990", "154.010"))   // 3 × 1,540 / 154 = 30
        #expect(venue.positions(account: PaperFixtures.account).first?.swap == Money("40.266667", currency: "USD"))
    }
}
