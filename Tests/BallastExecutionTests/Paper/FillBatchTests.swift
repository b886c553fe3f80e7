import BallastBrokers
import BallastCore
import BallastStore
import Testing
@testable import BallastExecution

/// Fills found by one synchronisation are recorded in one write; a write the store refuses
/// (a fill another router recorded first) falls back to recording them one at a time.
@Suite struct FillBatchTests {
    typealias H = PaperRouterHarness

    /// Three resting buy limits, then one quote that fills them all at the venue.
    static func threeRestingFills(_ h: H, router: OrderRouter) async throws -> [TradeIntent] {
        try await h.quote("1.10000", "1.10020", second: 0)
        let intents = ["a", "b", "c"].map { H.intent("batch/\($0)", .buy, "1", type: .limit(Price("1.09000")!)) }
        for intent in intents { _ = try await router.submit(intent, at: H.at(1)) }
        #expect(await h.venueFills().isEmpty)
        #expect(try await router.syncFills(at: H.at(1)).recorded.isEmpty)   // the router now knows where to resume
        try await h.quote("1.08900", "1.08920", second: 2)
        #expect(await h.venueFills().count == 3)
        return intents
    }

    @Test(arguments: H.Setup.all.filter { $0.venue == .memory })
    func oneSynchronisationRecordsItsFillsTogether(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            let router = h.router()
            let intents = try await Self.threeRestingFills(h, router: router)
            let report = try await router.syncFills(at: H.at(3))
            #expect(report.recorded.map(\.clientID) == intents.map(\.clientOrderID))
            #expect(try await h.ledgerQuantity() == Quantity(3))
            for intent in intents {
                let order = try #require(try await h.store.order(intent.clientOrderID))
                #expect(order.status == .filled && order.filledQuantity == Quantity(1) && order.averagePrice.raw != 0)
            }
            let actions = try await h.store.auditLog(after: 0, limit: 100).map(\.action)
            #expect(actions.filter { $0 == "fill.recorded" }.count == 3)
            #expect(try await router.workingOrders().isEmpty)
        }
    }

    @Test(arguments: H.Setup.all.filter { $0.venue == .memory })
    func aFillRecordedElsewhereSendsTheBatchOneByOne(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            let router = h.router()
            let intents = try await Self.threeRestingFills(h, router: router)
            // Another router instance records the first fill on its own.
            let other = h.router()
            let first = try #require(await h.venueFills().first)
            let stored = try #require(try await h.store.order(first.clientID))
            _ = try await other.record(first, of: stored)
            let report = try await router.syncFills(at: H.at(3))
            #expect(report.alreadyRecorded.map(\.clientID) == [intents[0].clientOrderID])
            #expect(report.recorded.map(\.clientID) == [intents[1].clientOrderID, intents[2].clientOrderID])
            #expect(try await h.ledgerQuantity() == Quantity(3))
            #expect(try await h.store.fills(account: H.account, after: 0).count == 3)
        }
    }
}

extension FillBatchTests {
    /// The reconciler's adoption of a position change records its fill beside a running
    /// synchronisation; they take turns, so neither puts back a ledger without the other's fill.
    @Test(arguments: H.Setup.all.filter { $0.venue == .memory })
    func anAdoptionBesideASynchronisationKeepsTheLedgerWhole(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            let router = h.router()
            var expected = Quantity.zero
            for round in 0..<10 {
                let second = Int64(10 * round)
                try await h.quote("1.10000", "1.10020", second: second + 1)
                for leg in 0..<3 {
                    let intent = H.intent("race/\(round)/\(leg)", .buy, "1", type: .limit(Price("1.09000")!), second: second + 1)
                    _ = try await router.submit(intent, at: H.at(second + 1))
                }
                try await h.quote("1.08900", "1.08920", second: second + 2)
                async let synced = router.syncFills(at: H.at(second + 3))
                async let adopted = router.adopt(symbol: "EURUSD", delta: Quantity(1), price: Price("1.089")!, reason: "manual",
                                                 at: H.at(second + 3))
                _ = try await (synced, adopted)
                _ = try await router.syncFills(at: H.at(second + 4))
                expected = expected + Quantity(4)
                #expect(try await h.ledgerQuantity() == expected, "round \(round)")
                #expect(try await router.positions().first?.quantity == expected, "round \(round)")
            }
        }
    }
}
