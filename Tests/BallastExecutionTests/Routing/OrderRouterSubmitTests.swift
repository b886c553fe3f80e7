import BallastCore
import BallastExecution
import BallastStore
import Testing

/// Resizes every order to 0.5 lot, or refuses sells.
struct HalvingScreen: IntentScreen {
    func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision {
        if intent.order.side == .sell { return .reject(rule: "noShorts", reason: "sells are disabled") }
        var order = intent.order
        order.quantity = Quantity("0.5")!
        return .accept(order)
    }
}

@Suite struct OrderRouterSubmitTests {
    @Test(arguments: [
        (RouterHarness.intent(lots: "0"), RouterError.nonPositiveQuantity(.zero)),
        (RouterHarness.intent(lots: "0.015"), RouterError.invalidVolume(symbol: "EURUSD", Quantity("0.015")!)),
        (RouterHarness.intent(account: "other"), RouterError.wrongAccount(expected: Fixtures.account, got: "other")),
        (RouterHarness.intent(type: .limit(.zero)), RouterError.invalidPrice("order price 0 is not positive")),
    ])
    func malformedIntentsAreRefusedWithNothingWritten(intent: TradeIntent, expected: RouterError) async throws {
        let harness = try await RouterHarness()
        await #expect(throws: expected) { try await harness.router().submit(intent, at: Fixtures.t0) }
        #expect(try await harness.store.intent(intent.id) == nil)
        #expect(try await harness.audit().isEmpty)
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func unknownInstrumentIsRefused() async throws {
        let harness = try await RouterHarness()
        var intent = RouterHarness.intent()
        intent.order.symbol = "XAUUSD"
        await #expect(throws: RouterError.unknownInstrument("XAUUSD")) { try await harness.router().submit(intent, at: Fixtures.t0) }
        #expect(try await harness.audit().isEmpty)
    }

    /// The venue's answer reports the fill, so the fill is recorded at once and the answer
    /// (broker id) is stored with it.
    @Test func fullAutoSendsWritesAheadAndRecordsTheAnswerWithItsFill() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        let outcome = try await harness.router().submit(intent, at: Fixtures.t0)
        guard case .sent(let order) = outcome else { Issue.record("expected sent, got \(outcome)"); return }
        #expect(order.id == intent.clientOrderID)
        #expect(order.status == .filled)
        #expect(order.brokerID == BrokerOrderID("B1"))
        #expect(try await harness.store.order(intent.clientOrderID)?.status == .filled)
        #expect(try await harness.store.intent(intent.id)?.status == .ordered)
        let actions = try await harness.audit().map(\.action)
        #expect(actions == ["intent.recorded", "order.submitted", "order.filled", "fill.recorded"])
        #expect(try await harness.store.fills(order: intent.clientOrderID).map(\.quantity) == [intent.order.quantity])
        #expect(await harness.venue.requests.map(\.clientID) == [intent.clientOrderID])
    }

    @Test func screenRejectionIsRecordedWithItsRule() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent(side: .sell)
        let outcome = try await harness.router(screen: HalvingScreen()).submit(intent, at: Fixtures.t0)
        #expect(outcome == .rejected(rule: "noShorts", reason: "sells are disabled"))
        let stored = try #require(try await harness.store.intent(intent.id))
        #expect(stored.status == .rejected && stored.rule == "noShorts")
        #expect(try await harness.store.order(intent.clientOrderID) == nil)
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func screenResizeIsWhatGoesToTheVenue() async throws {
        let harness = try await RouterHarness()
        _ = try await harness.router(screen: HalvingScreen()).submit(RouterHarness.intent(), at: Fixtures.t0)
        #expect(await harness.venue.requests.first?.order.quantity == Quantity("0.5")!)
    }

    @Test func venueRejectionMarksTheOrderRejected() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.reject("not enough money")])
        let outcome = try await harness.router().submit(RouterHarness.intent(), at: Fixtures.t0)
        guard case .sent(let order) = outcome else { Issue.record("expected sent"); return }
        #expect(order.status == .rejected)
        #expect(order.reason == "rejected: not enough money")
        #expect(await harness.venue.submitCalls == 1)
    }

    @Test func syncFillsRecordsEachFillOnceWithItsPosition() async throws {
        let harness = try await RouterHarness()
        let router = harness.router()
        _ = try await router.submit(RouterHarness.intent(), at: Fixtures.t0)
        _ = try await router.submit(RouterHarness.intent("sma/EURUSD/2", side: .sell, lots: "0.4"), at: Fixtures.t0)
        let first = try await router.syncFills(at: Fixtures.t0)
        #expect(first.recorded.count == 2)
        let again = try await router.syncFills(at: Fixtures.t0)
        #expect(again.recorded.isEmpty && again.alreadyRecorded.isEmpty)
        let position = try #require(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD"))
        #expect(position.quantity == Quantity("0.6")!)
        #expect(position.commissions == Fixtures.money("4"))
        #expect(try await harness.store.lastFillSequence(account: Fixtures.account) == 2)
        // A second router instance (a restart) finds nothing new to record.
        #expect(try await harness.router().syncFills(at: Fixtures.t0).recorded.isEmpty)
        #expect(try await harness.router().positions().map(\.quantity) == [Quantity("0.6")!])
    }
}
