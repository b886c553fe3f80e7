import BallastCore
import BallastExecution
import BallastStore
import PropertyBased
import Testing

/// Whatever the venue does to a submission (lost requests, lost answers, rate limits,
/// refusals, failing lookups), after the router and one reconciliation the venue holds at most
/// one order for the intent and the ledger agrees with the venue.
@Suite struct RoutingFaultPropertyTests {
    static let faults = Gen.int(in: 0...3).map { index -> ScriptedVenue.Fault in
        [.timeoutAfterPlacing, .timeoutBeforePlacing, .rateLimited, .reject("refused")][index]
    }.array(of: 0...6)

    @Test func atMostOneVenueOrderAndTheLedgerAgreesAfterReconciliation() async {
        await propertyCheck(count: 60, input: Self.faults, Gen.int(in: 0...3)) { faults, failingLookups in
            let harness = try await RouterHarness()
            await harness.venue.inject(faults)
            await harness.venue.failLookups(failingLookups)
            let intent = RouterHarness.intent()
            _ = try await harness.router().submit(intent, at: Fixtures.t0)
            _ = try await harness.router().submit(intent, at: Fixtures.t0 + 1)
            _ = try await Reconciler(router: harness.router()).reconcile(at: Fixtures.t0 + Timestamp.nanosPerSecond)
            let venueOrder = await harness.venue.orders[intent.clientOrderID]
            #expect(await harness.venue.orders.count <= 1)
            let stored = try #require(try await harness.store.order(intent.clientOrderID))
            if let venueOrder {
                #expect(stored.status == venueOrder.status)
            } else {
                #expect(stored.status == .rejected)
            }
            let ledger = try await harness.store.positions(account: Fixtures.account).filter { $0.quantity != .zero }.map(\.quantity)
            let venue = try await harness.venue.positions(account: Fixtures.account).map(\.quantity)
            #expect(ledger == venue)
        }
    }
}
