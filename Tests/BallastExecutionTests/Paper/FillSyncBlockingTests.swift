import BallastBrokers
import BallastCore
import BallastExecution
import BallastStore
import Testing

/// A fill the router cannot record (here: an instrument its catalog lacks) stops the
/// synchronisation there: earlier fills are recorded, later ones wait, the reason comes back
/// in the report and is audited once; once it can be recorded everything follows in order.
@Suite struct FillSyncBlockingTests {
    typealias H = PaperRouterHarness
    static let gbpusd = try! Instrument(symbol: "GBPUSD", assetClass: .fx, baseCurrency: "GBP", quoteCurrency: "USD", digits: 5,
                                        contractSize: Quantity(100_000), volumeMin: Quantity("0.01")!, volumeStep: Quantity("0.01")!,
                                        volumeMax: Quantity(100), marginRate: 0.0333, session: .alwaysOpen)

    /// Fills 1 (EURUSD), 2 (GBPUSD, unknown to the router's catalog) and 3 (EURUSD).
    static func threeFills(_ h: H, router: OrderRouter) async throws -> (TradeIntent, ClientOrderID, TradeIntent) {
        try await h.quote("1.10000", "1.10020", second: 0)
        try await h.quote("1.25000", "1.25020", second: 0, symbol: "GBPUSD")
        let first = H.intent("first")
        _ = try await router.submit(first, at: H.at(1))
        // An order of the store for an instrument the catalog lacks (configured elsewhere, say).
        let body = OrderIntent(symbol: "GBPUSD", side: .buy, quantity: Quantity(1))
        let cable = TradeIntent(id: IntentID("cable"), account: H.account, strategy: "other", order: body, createdAt: H.at(2),
                                referencePrice: Price("1.25")!)
        let order = OrderRecord(id: cable.clientOrderID, intentID: cable.id, account: H.account, order: body, status: .accepted,
                                attempts: 1, createdAt: H.at(2), updatedAt: H.at(2))
        _ = try await h.store.recordIntent(IntentRecord(intent: cable, status: .ordered, updatedAt: H.at(2)), order: order,
                                           approval: nil, audit: [])
        _ = try await h.broker.submit(OrderRequest(clientID: cable.clientOrderID, account: H.account, order: body))
        let third = H.intent("third", .sell, "0.5")
        _ = try await router.submit(third, at: H.at(3))
        return (first, cable.clientOrderID, third)
    }

    @Test(arguments: H.Setup.all.filter { $0.venue == .memory }) func stopsAtTheFirstFillItCannotRecord(_ setup: H.Setup) async throws {
        try await withPaperHarness(setup) { h in
            let router = h.router()
            let (first, cable, third) = try await Self.threeFills(h, router: router)
            let report = try await router.syncFills(at: H.at(4))
            #expect(report.recorded.map(\.clientID) == [first.clientOrderID])
            let blocked = try #require(report.blocked)
            #expect(blocked.fill.clientID == cable && blocked.fill.sequence == 2 && blocked.error == .unknownInstrument("GBPUSD"))
            #expect(try await h.store.lastFillSequence(account: H.account) == 1)
            #expect(try await h.store.fills(order: third.clientOrderID).isEmpty)
            let again = try await router.syncFills(at: H.at(5))
            #expect(again.recorded.isEmpty && again.blocked == report.blocked)
            let notes = try await h.store.auditLog(after: 0, limit: 1_000).filter { $0.action == "fill.blocked" }
            #expect(notes.count == 1 && notes.first?.reason == "unknown instrument GBPUSD")
            // Reconciliation reports it and leaves positions alone (no adoption of the gap).
            let reconciled = try await Reconciler(router: router).reconcile(at: H.at(6))
            let kinds = reconciled.mismatches.map(\.kind)
            #expect(kinds.contains(.fillBlocked) && !kinds.contains(.positionDiffers) && reconciled.adopted.isEmpty, "\(kinds)")
            #expect(try await h.ledgerQuantity() == Quantity(1))
            // With the instrument configured, the rest follows in sequence order.
            let fixed = h.router(catalog: AccountInstruments([RouterHarness.eurusd, Self.gbpusd], accountCurrency: "USD"))
            let caughtUp = try await fixed.syncFills(at: H.at(7))
            #expect(caughtUp.recorded.map(\.sequence) == [2, 3] && caughtUp.blocked == nil)
            #expect(try await h.ledgerQuantity() == Quantity("0.5")!)
            #expect(try await h.ledgerQuantity("GBPUSD") == Quantity(1))
            #expect(try await Reconciler(router: fixed).reconcile(at: H.at(8)).isClean)
        }
    }

    @Test func aMissingConversionRateBlocksLikeAnUnknownInstrument() async throws {
        let setup = H.Setup(backend: .sqliteMemory, venue: .memory)
        let jpy = try Instrument(symbol: "USDJPY", assetClass: .fx, baseCurrency: "USD", quoteCurrency: "JPY", digits: 3,
                                 contractSize: Quantity(100_000), volumeMin: Quantity("0.01")!, volumeStep: Quantity("0.01")!,
                                 volumeMax: Quantity(100), marginRate: 0.0333, session: .alwaysOpen)
        let catalog = AccountInstruments([RouterHarness.eurusd, jpy], accountCurrency: "USD")
        try await withPaperHarness(setup, catalog: catalog) { h in
            try await h.quote("150.000", "150.020", second: 0, symbol: "USDJPY")
            let body = OrderIntent(symbol: "USDJPY", side: .buy, quantity: Quantity(1))
            let intent = TradeIntent(id: IntentID("yen"), account: H.account, strategy: "other", order: body, createdAt: H.at(1),
                                     referencePrice: Price("150")!)
            let order = OrderRecord(id: intent.clientOrderID, intentID: intent.id, account: H.account, order: body,
                                    status: .accepted, attempts: 1, createdAt: H.at(1), updatedAt: H.at(1))
            _ = try await h.store.recordIntent(IntentRecord(intent: intent, status: .ordered, updatedAt: H.at(1)), order: order,
                                               approval: nil, audit: [])
            _ = try await h.broker.submit(OrderRequest(clientID: intent.clientOrderID, account: H.account, order: body))
            let report = try await h.router().syncFills(at: H.at(2))
            #expect(report.blocked?.error == .noConversionRate(from: "JPY", to: "USD"))
            #expect(report.recorded.isEmpty)
        }
    }
}
