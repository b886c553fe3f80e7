import BallastBrokers
import BallastCore
import Testing

@Suite struct PaperVenueOrderTests {
    typealias F = PaperFixtures

    @Test func bracketExitsAreOneCancelsOther() throws {
        var venue = F.venue()
        let bracket = Bracket(stopLoss: F.price("1.09800"), takeProfit: F.price("1.10300"))
        _ = try venue.submit(F.request("B", .buy, "1", bracket: bracket), at: F.t0)
        let exits = venue.openOrders(account: F.account)
        #expect(exits.map(\.clientID) == [ClientOrderID("B.sl"), ClientOrderID("B.tp")])
        #expect(exits.allSatisfy { $0.side == .sell && $0.quantity == F.lots("1") })
        venue.apply(quote: F.quote("1.10310", "1.10330", second: 1))  // take-profit reached
        #expect(venue.order(ClientOrderID("B.tp"), account: F.account)?.averagePrice == F.price("1.10310"))
        #expect(venue.order(ClientOrderID("B.sl"), account: F.account)?.status == .cancelled)
        #expect(venue.positions(account: F.account).isEmpty)
        #expect(venue.openOrders(account: F.account).isEmpty)
        venue.apply(quote: F.quote("1.09700", "1.09720", second: 2))  // the cancelled stop never fills
        #expect(venue.fills(account: F.account, after: 0).count == 2)
    }

    @Test func cancelIsIdempotentAndUnknownOrdersAreReported() throws {
        var venue = F.venue()
        _ = try venue.submit(F.request("C", .buy, "1", .limit(F.price("1.09000"))), at: F.t0)
        let first = try venue.cancel(ClientOrderID("C"), account: F.account, at: F.t0)
        let again = try venue.cancel(ClientOrderID("C"), account: F.account, at: F.t0)
        #expect(first.status == .cancelled && again == first)
        #expect(venue.openOrders(account: F.account).isEmpty)
        #expect(throws: BrokerError(.unknownOrder, "no order X in account acc-1")) {
            try venue.cancel(ClientOrderID("X"), account: F.account, at: F.t0)
        }
    }

    @Test func duplicateClientIDsAreAcceptedByDefault() throws {
        var venue = F.venue()
        _ = try venue.submit(F.request("D", .buy, "1"), at: F.t0)
        _ = try venue.submit(F.request("D", .buy, "1"), at: F.t0)
        #expect(venue.orders(ClientOrderID("D"), account: F.account).map(\.brokerID) == [BrokerOrderID("P1"), BrokerOrderID("P2")])
        #expect(venue.positions(account: F.account).map(\.quantity) == [F.lots("2")])
    }

    @Test func duplicateClientIDsAreRefusedWhenConfigured() throws {
        var venue = F.venue(PaperVenueSettings(rejectDuplicateClientIDs: true))
        _ = try venue.submit(F.request("D", .buy, "1"), at: F.t0)
        #expect(throws: BrokerError(.rejected, "duplicate client order id D")) {
            try venue.submit(F.request("D", .buy, "1"), at: F.t0)
        }
        #expect(venue.orders(ClientOrderID("D"), account: F.account).count == 1)
    }

    @Test func fillsAfterASequenceReturnEachFillOnce() throws {
        var venue = F.venue(PaperVenueSettings(maxFillPerQuote: F.lots("1")))
        var seen: [BrokerFill] = []
        var last: UInt64 = 0
        _ = try venue.submit(F.request("F1", .buy, "3"), at: F.t0)
        for second in 1...4 {
            let batch = venue.fills(account: F.account, after: last)
            seen += batch
            last = batch.last?.sequence ?? last
            #expect(venue.fills(account: F.account, after: last).isEmpty)
            _ = try venue.submit(F.request("F\(second + 1)", .sell, "1"), at: venue.now)
            venue.apply(quote: F.quote("1.10000", "1.10020", second: Int64(second)))
        }
        seen += venue.fills(account: F.account, after: last)
        #expect(seen.map(\.sequence) == Array(1...UInt64(seen.count)))
        #expect(Set(seen.map(\.id)).count == seen.count)
        #expect(seen == venue.fills(account: F.account, after: 0))
    }

    @Test func expiresGoodTillDateOrders() throws {
        var venue = F.venue()
        let end = F.t0 + 5 * Timestamp.nanosPerSecond
        _ = try venue.submit(F.request("G", .buy, "1", .limit(F.price("1.0")), timeInForce: .gtd(end)), at: F.t0)
        venue.apply(quote: F.quote("1.10000", "1.10020", second: 5))
        #expect(venue.order(ClientOrderID("G"), account: F.account)?.status == .accepted)
        venue.apply(quote: F.quote("1.10000", "1.10020", second: 6))
        #expect(venue.order(ClientOrderID("G"), account: F.account)?.status == .expired)
    }

    @Test func trailingStopFollowsTheBestPrice() throws {
        var venue = F.venue()
        _ = try venue.submit(F.request("T", .sell, "1", .trailingStop(distance: F.price("0.00100"))), at: F.t0)
        venue.apply(quote: F.quote("1.10200", "1.10220", second: 1))  // anchor 1.10200, stop 1.10100
        venue.apply(quote: F.quote("1.10110", "1.10130", second: 2))  // above the stop
        #expect(venue.fills(account: F.account, after: 0).isEmpty)
        venue.apply(quote: F.quote("1.10090", "1.10110", second: 3))
        #expect(venue.fills(account: F.account, after: 0).map(\.price) == [F.price("1.10090")])
    }
}
