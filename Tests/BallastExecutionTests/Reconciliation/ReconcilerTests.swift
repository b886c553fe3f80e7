import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct ReconcilerTests {
    /// What a crash right after the write-ahead leaves behind: the intent and its `submitted`
    /// order, and no venue answer.
    static func crashAfterWriteAhead(_ harness: RouterHarness, intent: TradeIntent, at time: Timestamp) async throws -> OrderRecord {
        let order = OrderRecord(id: intent.clientOrderID, intentID: intent.id, account: intent.account, order: intent.order,
                                status: .submitted, attempts: 1, createdAt: time, updatedAt: time)
        let recording = try await harness.store.recordIntent(IntentRecord(intent: intent, status: .ordered, updatedAt: time),
                                                             order: order, approval: nil, audit: [])
        #expect(recording == .recorded)
        return order
    }

    @Test func crashBeforeTheVenueHeardOfItResendsOnce() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        _ = try await Self.crashAfterWriteAhead(harness, intent: intent, at: Fixtures.t0)
        let reconciler = Reconciler(router: harness.router())
        let report = try await reconciler.reconcile(at: Fixtures.t0 + 5 * Timestamp.nanosPerSecond)
        #expect(report.resolutions == [intent.clientOrderID: .resent])
        #expect(report.mismatches.map(\.kind) == [.unacknowledgedOrder])
        #expect(report.fills.recorded.count == 1)
        // The restarted strategy repeats its decision: nothing more reaches the venue.
        guard case .duplicate = try await harness.router().submit(intent, at: Fixtures.t0 + 6) else { Issue.record("expected duplicate"); return }
        #expect(try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + 7).isClean)
        #expect(await harness.venue.submitCalls == 1)
        #expect(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD")?.quantity == Quantity(1))
        #expect(try await harness.audit().contains { $0.action == "reconcile.unacknowledgedOrder" && $0.actor == "reconciler" })
    }

    @Test func crashAfterTheVenueTookItAdoptsWithoutADuplicate() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        let order = try await Self.crashAfterWriteAhead(harness, intent: intent, at: Fixtures.t0)
        _ = try await harness.venue.submit(OrderRequest(clientID: order.id, account: order.account, order: order.order))
        let report = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + 1)
        #expect(report.resolutions == [intent.clientOrderID: .adopted])
        #expect(await harness.venue.submitCalls == 1)
        #expect(await harness.venue.orders.count == 1)
        let stored = try #require(try await harness.store.order(order.id))
        #expect(stored.status == .filled && stored.brokerID == BrokerOrderID("B1"))
        #expect(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD")?.quantity == Quantity(1))
    }

    @Test func staleUnsentEntriesAreAbandonedNotSent() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        _ = try await Self.crashAfterWriteAhead(harness, intent: intent, at: Fixtures.t0)
        let report = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + 3_600 * Timestamp.nanosPerSecond)
        #expect(report.resolutions == [intent.clientOrderID: .abandoned])
        #expect(try await harness.store.order(intent.clientOrderID)?.status == .rejected)
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func unknownVenueFillIsAdoptedWithItsOrder() async throws {
        let harness = try await RouterHarness()
        await harness.venue.addForeignFill(symbol: "EURUSD", side: .sell, quantity: Quantity("0.3")!, price: Price("1.2")!,
                                           account: Fixtures.account)
        let report = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0)
        #expect(report.mismatches.map(\.kind) == [.unknownVenueFill])
        #expect(report.adopted.map(\.id) == [ClientOrderID("manual1")])
        let position = try #require(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD"))
        #expect(position.quantity == Quantity("-0.3")! && position.averagePrice == Price("1.2")!)
        #expect(try await harness.store.fills(order: ClientOrderID("manual1")).map(\.id) == [FillID("D1")])
        #expect(try await harness.audit().contains { $0.action == "order.adopted" && $0.actor == "reconciler" })
        let again = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + 1)
        #expect(again.isClean, "\(again.mismatches)")
    }

    @Test func positionWithoutHistoryIsAdoptedBySyntheticFill() async throws {
        let harness = try await RouterHarness()
        await harness.venue.seed(BrokerPosition(account: Fixtures.account, symbol: "EURUSD", quantity: Quantity("0.7")!,
                                                averagePrice: Price("1.15")!))
        let report = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0)
        #expect(report.mismatches.map(\.kind) == [.positionDiffers])
        #expect(report.mismatches.first?.detail == "ledger 0, venue 0.7")
        let position = try #require(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD"))
        #expect(position.quantity == Quantity("0.7")! && position.averagePrice == Price("1.15")!)
        #expect(try await harness.audit().contains { $0.action == "position.adopted" && $0.actor == "reconciler" })
        #expect(try await harness.audit().contains { $0.action == "reconcile.positionDiffers" })
        #expect(try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + 1).isClean)
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func flattenPolicyClosesTheUnknownPosition() async throws {
        let harness = try await RouterHarness()
        await harness.venue.addForeignFill(symbol: "EURUSD", side: .buy, quantity: Quantity("0.2")!, price: Price("1.1")!,
                                           account: Fixtures.account)
        let reconciler = Reconciler(router: harness.router(), configuration: ReconcilerConfiguration(unknownPositions: .flatten))
        let report = try await reconciler.reconcile(at: Fixtures.t0)
        #expect(report.flattening.count == 1)
        #expect(await harness.venue.requests.last?.order.side == .sell)
        let after = try await reconciler.reconcile(at: Fixtures.t0 + 1)
        #expect(after.isClean, "\(after.mismatches)")
        #expect(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD")?.quantity == .zero)
        #expect(try await harness.venue.positions(account: Fixtures.account).isEmpty)
    }

    @Test func ordersThatDifferAreReportedAndSettled() async throws {
        let harness = try await RouterHarness()
        let router = harness.router()
        let limit = RouterHarness.intent("limit", type: .limit(Price("1.05")!))
        _ = try await router.submit(limit, at: Fixtures.t0)
        _ = try await harness.venue.cancel(limit.clientOrderID, account: Fixtures.account)
        let foreign = OrderRequest(clientID: ClientOrderID("manual-1"), account: Fixtures.account,
                                   order: OrderIntent(symbol: "EURUSD", side: .buy, quantity: Quantity(1), type: .limit(Price("1.0")!)))
        _ = try await harness.venue.submit(foreign)
        let report = try await Reconciler(router: router).reconcile(at: Fixtures.t0 + 1)
        #expect(Set(report.mismatches.map(\.kind)) == [.orderNotWorkingAtVenue, .unknownVenueOrder])
        #expect(try await harness.store.order(limit.clientOrderID)?.status == .cancelled)
    }
}
