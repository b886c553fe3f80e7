import BallastBrokers
import BallastCore
import Testing

@Suite struct PaperVenueFillTests {
    typealias F = PaperFixtures

    @Test func marketBuyFillsAtTheAskWithCommissionPerLot() throws {
        var venue = F.venue(PaperVenueSettings(commission: .perLot(Money("3.50", currency: "USD")!)))
        let order = try venue.submit(F.request("A", .buy, "2"), at: F.t0)
        #expect(order.status == .filled)
        #expect(order.averagePrice == F.price("1.10020"))
        let fills = venue.fills(account: F.account, after: 0)
        #expect(fills.count == 1)
        #expect(fills[0].price == F.price("1.10020"))
        #expect(fills[0].commission == Money(raw: 7_000_000, currency: "USD"))  // 2 lots × 3.50
        #expect(fills[0].id == FillID("D1") && fills[0].sequence == 1)
        #expect(venue.positions(account: F.account)
            == [BrokerPosition(account: F.account, symbol: "EURUSD", quantity: F.lots("2"), averagePrice: F.price("1.10020"))])
    }

    @Test func marketSellFillsAtTheBidWithCommissionOnNotional() throws {
        // 2 bp of 1 lot × 100,000 × 1.10000 = 2 bp of 110,000 USD = 22.00 USD.
        let commission = PaperCommission.perNotional(partsPerBillion: 200_000, contractSize: F.lots("100000"), currency: "USD")
        var venue = F.venue(PaperVenueSettings(commission: commission))
        let order = try venue.submit(F.request("A", .sell, "1"), at: F.t0)
        #expect(order.averagePrice == F.price("1.10000"))
        #expect(venue.fills(account: F.account, after: 0).map(\.commission) == [Money(raw: 22_000_000, currency: "USD")])
        #expect(venue.positions(account: F.account).map(\.quantity) == [F.lots("-1")])
    }

    @Test func marketOrdersWithoutAFreshQuoteAreRejected() throws {
        var venue = F.venue(PaperVenueSettings(maxQuoteAge: 5 * Timestamp.nanosPerSecond))
        let noQuote = try venue.submit(F.request("A", .buy, "1", symbol: "GBPUSD"), at: F.t0)
        #expect(noQuote.status == .rejected && noQuote.reason == "no quote for GBPUSD")
        venue.apply(quote: F.quote("1.26000", "1.26010", second: 10, symbol: "GBPUSD"))
        let stale = try venue.submit(F.request("B", .buy, "1"), at: venue.now)  // EURUSD quote is 10 s old
        #expect(stale.status == .rejected)
        #expect(venue.order(ClientOrderID("B"), account: F.account)?.status == .rejected)
        #expect(venue.fills(account: F.account, after: 0).isEmpty)
    }

    @Test func limitFillsWhenTheQuoteCrossesIt() throws {
        var venue = F.venue()
        let placed = try venue.submit(F.request("L", .buy, "1", .limit(F.price("1.09950"))), at: F.t0)
        #expect(placed.status == .accepted)
        venue.apply(quote: F.quote("1.09940", "1.09960", second: 1))  // ask above the limit: no fill
        #expect(venue.openOrders(account: F.account).map(\.clientID) == [ClientOrderID("L")])
        venue.apply(quote: F.quote("1.09920", "1.09940", second: 2))  // ask 1.09940 ≤ 1.09950: fills there
        let order = venue.order(ClientOrderID("L"), account: F.account)
        #expect(order?.status == .filled && order?.averagePrice == F.price("1.09940"))
        #expect(venue.openOrders(account: F.account).isEmpty)
    }

    @Test func stopThatGapsThroughFillsAtTheQuoteLessSlippage() throws {
        var venue = F.venue(PaperVenueSettings(slippage: F.price("0.00002")))
        _ = try venue.submit(F.request("S", .sell, "1", .stop(F.price("1.09500"))), at: F.t0)
        venue.apply(quote: F.quote("1.09600", "1.09620", second: 1))
        #expect(venue.order(ClientOrderID("S"), account: F.account)?.status == .accepted)
        venue.apply(quote: F.quote("1.09300", "1.09320", second: 2))  // gap: bid jumps past the trigger
        // The quote (1.09300) less 2 points of slippage, not the trigger (1.09500).
        #expect(venue.fills(account: F.account, after: 0).map(\.price) == [F.price("1.09298")])
    }

    @Test func partialFillsUnderTheCapThenCompletion() throws {
        var venue = F.venue(PaperVenueSettings(maxFillPerQuote: F.lots("1")))
        let first = try venue.submit(F.request("P", .buy, "2.5"), at: F.t0)
        #expect(first.status == .partiallyFilled && first.filledQuantity == F.lots("1"))
        venue.apply(quote: F.quote("1.10010", "1.10030", second: 1))
        venue.apply(quote: F.quote("1.10020", "1.10040", second: 2))
        let order = venue.order(ClientOrderID("P"), account: F.account)
        #expect(venue.fills(account: F.account, after: 0).map(\.quantity) == [F.lots("1"), F.lots("1"), F.lots("0.5")])
        // (1.10020 + 1.10030 + 0.5 × 1.10040) / 2.5 = 2.75070 / 2.5 = 1.10028
        #expect(order?.status == .filled && order?.averagePrice == F.price("1.10028"))
    }

    @Test func participationCapsByQuoteVolumeAndIOCCancelsTheRest() throws {
        var venue = PaperVenue(settings: PaperVenueSettings(participationPPM: 100_000))  // 10% of volume
        venue.apply(quote: F.quote("1.10000", "1.10020", volume: "15"))                   // 1.5 lots fillable
        let ioc = try venue.submit(F.request("I", .buy, "2", timeInForce: .ioc), at: F.t0)
        #expect(ioc.status == .cancelled && ioc.filledQuantity == F.lots("1.5") && ioc.reason == "IOC remainder")
        let next = try venue.submit(F.request("J", .buy, "1"), at: F.t0)  // the quote's budget is used up
        #expect(next.status == .accepted && next.filledQuantity == .zero)
    }
}
