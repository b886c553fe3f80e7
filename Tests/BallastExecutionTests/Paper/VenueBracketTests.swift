import BallastBrokers
import BallastCore
import BallastExecution
import BallastStore
import Testing

/// Exits the paper venue places itself for a bracketed entry reach the ledger: their fills are
/// recorded against exit orders of the entry, and the venue's cancellation of the other exit
/// is reflected in its stored status.
@Suite struct VenueBracketTests {
    typealias H = PaperRouterHarness
    static let bracket = Bracket(stopLoss: Price("1.095")!, takeProfit: Price("1.11")!)

    static func exits(of entry: ClientOrderID) -> (sl: ClientOrderID, tp: ClientOrderID) {
        (ClientOrderID("\(entry).sl"), ClientOrderID("\(entry).tp"))
    }

    @Test(arguments: H.Setup.all) func stopLossHitAtTheVenueFlattensTheLedgerAndCancelsTheTakeProfit(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("b1", bracket: Self.bracket)
            _ = try await router.submit(intent, at: H.at(1))
            let entry = try await router.syncFills(at: H.at(2))
            let (sl, tp) = Self.exits(of: intent.clientOrderID)
            #expect(Set(entry.exitsLearned.map(\.id)) == [sl, tp])
            #expect(try await h.store.order(tp)?.order.type == .limit(Price("1.11")!))
            try await h.quote("1.09400", "1.09420", second: 3)
            let exit = try await router.syncFills(at: H.at(4))
            #expect(exit.unmatched.isEmpty && exit.recorded.map(\.clientID) == [sl])
            #expect(exit.cancelled.map(\.id) == [tp])
            #expect(try await h.ledgerQuantity() == .zero)
            let stop = try #require(try await h.store.order(sl))
            #expect(stop.parent == intent.clientOrderID && stop.intentID == intent.id && stop.status == .filled)
            #expect(stop.order.type == .stop(Price("1.095")!) && stop.order.side == .sell && stop.averagePrice == Price("1.094")!)
            #expect(try await h.store.order(tp)?.status == .cancelled)
            #expect(await h.venueOrders(tp).first?.status == .cancelled)
            let report = try await Reconciler(router: router).reconcile(at: H.at(5))
            #expect(report.isClean, "\(report.mismatches)")
        }
    }

    @Test(arguments: H.Setup.all) func exitsUnreadAtTheEntryAreLearntByReconciliation(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup, faults: FaultPlan().scripting(.lookup, [.disconnect])) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("b2", bracket: Self.bracket)
            _ = try await router.submit(intent, at: H.at(1))
            #expect(try await router.syncFills(at: H.at(2)).exitsLearned.isEmpty)
            #expect(try await h.store.auditLog(after: 0, limit: 1_000).contains { $0.action == "order.exitsUnread" })
            let report = try await Reconciler(router: router).reconcile(at: H.at(3))
            #expect(report.isClean, "\(report.mismatches)")
            let (sl, tp) = Self.exits(of: intent.clientOrderID)
            #expect(Set(report.fills.exitsLearned.map(\.id)) == [sl, tp])
            try await h.quote("1.11010", "1.11030", second: 4)
            let exit = try await router.syncFills(at: H.at(5))
            #expect(exit.recorded.map(\.clientID) == [tp] && exit.cancelled.map(\.id) == [sl])
            #expect(try await h.store.order(sl)?.status == .cancelled)
            #expect(try await h.ledgerQuantity() == .zero)
        }
    }

    @Test(arguments: H.Setup.all) func exitFillOfAnExitNeverSeenIsRecordedAgainstItsEntry(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            try await h.quote("1.10000", "1.10020", second: 0)
            let router = h.router()
            let intent = H.intent("b3", bracket: Self.bracket)
            _ = try await router.submit(intent, at: H.at(1))
            // The stop-loss fills before the router ever reads the venue's fills.
            try await h.quote("1.09400", "1.09420", second: 2)
            let report = try await router.syncFills(at: H.at(3))
            let (sl, _) = Self.exits(of: intent.clientOrderID)
            #expect(report.unmatched.isEmpty && report.recorded.map(\.clientID) == [intent.clientOrderID, sl])
            let stop = try #require(try await h.store.order(sl))
            #expect(stop.parent == intent.clientOrderID && stop.intentID == intent.id && stop.status == .filled)
            #expect(try await h.ledgerQuantity() == .zero)
            #expect(try await h.store.auditLog(after: 0, limit: 1_000).contains { $0.action == "order.venueExit" && $0.entityID == sl.rawValue })
            let reconciled = try await Reconciler(router: router).reconcile(at: H.at(4))
            #expect(reconciled.isClean, "\(reconciled.mismatches)")
        }
    }
}
