import BallastBrokers
import BallastCore
import BallastExecution
import BallastStore
import Testing

/// 300 intents through the router to a paper broker whose calls fail at random (seeded): at
/// most one venue order per intent, and after one reconciliation the ledger holds exactly
/// the venue's fills and positions.
@Suite struct RouterPaperChaosTests {
    typealias H = PaperRouterHarness

    static func plan(seed: UInt64) -> FaultPlan {
        FaultPlan(seed: seed)
            .adding(.init(.submit, .timeoutAfterPlacing, probability: 0.06))
            .adding(.init(.submit, .timeoutBeforePlacing, probability: 0.05))
            .adding(.init(.submit, .disconnect, probability: 0.05))
            .adding(.init(.submit, .rateLimit, probability: 0.04))
            .adding(.init(.submit, .reject("refused"), probability: 0.03))
            .adding(.init(.submit, .partialFill(Quantity("0.05")!), probability: 0.05))
            .adding(.init(.lookup, .disconnect, probability: 0.15))
            .adding(.init(.fills, .timeoutBeforePlacing, probability: 0.1))
    }

    @Test(arguments: H.Setup.all.filter { $0.venue == .memory }, [UInt64(1), 2])
    func atMostOneVenueOrderPerIntentAndTheLedgerEqualsTheVenue(_ setup: H.Setup, seed: UInt64) async throws {
        try await withPaperHarness(setup, faults: Self.plan(seed: seed)) { h in
            var random = SplitMix64(seed: seed)
            let router = h.router()
            var intents: [TradeIntent] = []
            for index in 0..<300 {
                let second = Int64(index) * 2
                let mid = 110_000 + Int64(random.next() % 200) - 100
                try await h.quote(Self.price(mid), Self.price(mid + 2), second: second)
                let side: OrderSide = random.next() % 2 == 0 ? .buy : .sell
                let lots = String(format: "0.%02d", 1 + random.next() % 20)
                let type: OrderType = random.next() % 4 == 0 ? .limit(Price(Self.price(side == .buy ? mid - 3 : mid + 5))!) : .market
                let intent = H.intent("chaos/\(seed)/\(index)", side, lots, type: type, second: second)
                intents.append(intent)
                _ = try await router.submit(intent, at: H.at(second))
                if random.next() % 5 == 0 { _ = try? await router.syncFills(at: H.at(second)) }
            }
            #expect(await h.broker.injected.count > 100)
            await h.broker.setFaults(.none)
            let report = try await Reconciler(router: router).reconcile(at: H.at(700))
            for intent in intents { #expect(await h.venueOrders(intent.clientOrderID).count <= 1, "\(intent.id)") }
            #expect(report.adopted.isEmpty, "\(report.mismatches)")
            let venue = await h.broker.venue.positions(account: H.account).map { [$0.symbol: $0.quantity] }
            let ledger = try await h.store.positions(account: H.account).filter { $0.quantity != .zero }.map { [$0.symbol: $0.quantity] }
            #expect(ledger == venue)
            let venueFills = await h.venueFills().map(\.id)
            let ledgerFills = try await h.store.fills(account: H.account, after: 0).map(\.id)
            #expect(ledgerFills == venueFills)
            #expect(Set(ledgerFills).count == ledgerFills.count)
        }
    }

    /// `raw` in 1e-5 units as a price text.
    static func price(_ raw: Int64) -> String { "\(raw / 100_000).\(String(format: "%05d", raw % 100_000))" }
}
