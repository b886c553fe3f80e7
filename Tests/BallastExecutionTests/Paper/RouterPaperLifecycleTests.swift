import BallastBrokers
import BallastCore
import BallastExecution
import BallastStore
import Testing

/// Orders through the router to a real paper broker and back through fill sync, on every
/// store backend and both venue kinds: exact prices, commissions and statuses.
@Suite struct RouterPaperLifecycleTests {
    typealias H = PaperRouterHarness

    @Test(arguments: H.Setup.all) func marketOrderFillsAtTheAskWithItsCommission(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("m1")
            guard case .sent(let sent) = try await router.submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .filled && sent.averagePrice == Price("1.1002")!)
            let report = try await router.syncFills(at: H.at(2))
            #expect(report.recorded.map(\.commission) == [Money("3.5", currency: "USD")!])
            let stored = try #require(try await h.store.order(intent.clientOrderID))
            #expect(stored.status == .filled && stored.filledQuantity == Quantity(1) && stored.averagePrice == Price("1.1002")!)
            let position = try #require(try await h.store.position(account: H.account, symbol: "EURUSD"))
            #expect(position.quantity == Quantity(1) && position.averagePrice == Price("1.1002")!)
            #expect(try await h.store.fills(order: intent.clientOrderID).map(\.price) == [Price("1.1002")!])
            #expect(await h.venueOrders(intent.clientOrderID).count == 1)
        }
    }

    /// A long held over Monday's rollover (6.50 USD a lot and night) books the swap with the
    /// fill that closes it, and the ledger's position carries it.
    @Test(arguments: H.Setup.all) func theSwapAClosingFillBooksReachesTheLedger(_ setup: H.Setup) async throws {
        var settings = H.settings
        settings.swaps = ["EURUSD": PaperSwapTerms(longPerLot: Money("-6.5", currency: "USD")!, shortPerLot: Money("1.2", currency: "USD")!)]
        try await withPaperHarness(setup, settings: settings) { h in
            try await h.quote("1.10000", "1.10020", second: 0)   // Monday 10:00 UTC
            let router = h.router()
            _ = try await router.submit(H.intent("open", .buy, "1"), at: H.at(1))
            try await h.quote("1.10000", "1.10020", second: 86_400)   // after Monday's 22:00 rollover
            _ = try await router.submit(H.intent("close", .sell, "1", second: 86_400), at: H.at(86_401))
            let report = try await router.syncFills(at: H.at(86_402))
            #expect(report.recorded.map(\.swap) == [nil, Money("-6.5", currency: "USD")!])
            let position = try #require(try await h.store.position(account: H.account, symbol: "EURUSD"))
            #expect(position.quantity == .zero && position.swaps == Money("-6.5", currency: "USD")!)
        }
    }

    @Test(arguments: H.Setup.all) func limitOrderWorksThenFillsAtTheBetterQuote(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("l1", .buy, "0.5", type: .limit(Price("1.099")!))
            guard case .sent(let sent) = try await router.submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .accepted)
            #expect(try await router.syncFills(at: H.at(2)).recorded.isEmpty)
            try await h.quote("1.09830", "1.09850", second: 3)
            let report = try await router.syncFills(at: H.at(4))
            #expect(report.recorded.map(\.price) == [Price("1.0985")!])
            #expect(report.recorded.map(\.commission) == [Money("1.75", currency: "USD")!])
            let stored = try #require(try await h.store.order(intent.clientOrderID))
            #expect(stored.status == .filled && stored.averagePrice == Price("1.0985")!)
            #expect(try await h.ledgerQuantity() == Quantity("0.5")!)
        }
    }

    @Test(arguments: H.Setup.all) func partialFillsEndFilledAtTheVolumeWeightedPrice(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup, faults: FaultPlan().scripting(.submit, [.partialFill(Quantity("0.4")!)])) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("p1")
            guard case .sent(let sent) = try await router.submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .partiallyFilled && sent.filledQuantity == Quantity("0.4")!)
            _ = try await router.syncFills(at: H.at(2))
            #expect(try await h.store.order(intent.clientOrderID)?.status == .partiallyFilled)
            try await h.quote("1.10080", "1.10100", second: 3)
            _ = try await router.syncFills(at: H.at(4))
            let stored = try #require(try await h.store.order(intent.clientOrderID))
            // (0.4 × 1.10020 + 0.6 × 1.10100) / 1 = 1.10068
            #expect(stored.status == .filled && stored.filledQuantity == Quantity(1) && stored.averagePrice == Price("1.10068")!)
            let position = try #require(try await h.store.position(account: H.account, symbol: "EURUSD"))
            #expect(position.quantity == Quantity(1) && position.averagePrice == Price("1.10068")!)
            #expect(try await h.store.fills(order: intent.clientOrderID).map(\.quantity) == [Quantity("0.4")!, Quantity("0.6")!])
        }
    }

    @Test(arguments: H.Setup.all) func venueRejectionIsStoredWithTheVenuesReason(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup, faults: FaultPlan().scripting(.submit, [.reject("not enough money")])) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let intent = H.intent("r1")
            guard case .sent(let sent) = try await h.router().submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .rejected && sent.reason == "not enough money")
            let stored = try #require(try await h.store.order(intent.clientOrderID))
            #expect(stored.status == .rejected && stored.reason == "not enough money")
            #expect(try await h.ledgerQuantity() == .zero)
        }
    }

    @Test(arguments: H.Setup.all) func lostAnswerIsLookedUpAndAdoptedNeverSentTwice(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup, faults: FaultPlan().scripting(.submit, [.timeoutAfterPlacing])) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let intent = H.intent("t1")
            guard case .sent(let sent) = try await h.router().submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .filled && sent.attempts == 1)
            #expect(await h.venueOrders(intent.clientOrderID).count == 1)
            #expect(await h.broker.injected == [InjectedFault(call: .submit, fault: .timeoutAfterPlacing)])
        }
    }

    @Test(arguments: H.Setup.all, [BrokerFault.disconnect, .timeoutBeforePlacing])
    func lostRequestIsResentUnderTheSameClientID(_ setup: H.Setup, fault: BrokerFault) async throws {
        try await withPaperHarness(setup, faults: FaultPlan().scripting(.submit, [fault])) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let intent = H.intent("d1")
            guard case .sent(let sent) = try await h.router().submit(intent, at: H.at(1)) else { Issue.record("not sent"); return }
            #expect(sent.status == .filled && sent.attempts == 2)
            let placed = await h.venueOrders(intent.clientOrderID)
            #expect(placed.count == 1 && placed.first?.status == .filled)
            #expect(try await h.store.auditLog(after: 0, limit: 1_000).contains { $0.action == "order.resent" })
        }
    }
}
