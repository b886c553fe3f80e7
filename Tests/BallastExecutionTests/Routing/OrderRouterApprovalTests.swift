import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct OrderRouterApprovalTests {
    let price = Price("1.1")!

    @Test func semiAutoSendsSmallOrdersAndQueuesLargeOnes() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.semiAuto(maxQuantity: Quantity(2), maxNotional: Fixtures.money("500000")))
        let small = try await router.submit(RouterHarness.intent("small", lots: "1"), at: Fixtures.t0)
        guard case .sent = small else { Issue.record("expected sent, got \(small)"); return }
        let large = try await router.submit(RouterHarness.intent("large", lots: "3"), at: Fixtures.t0)
        guard case .awaitingApproval(let approval) = large else { Issue.record("expected approval, got \(large)"); return }
        #expect(approval.expiresAt == Fixtures.t0 + 60 * Timestamp.nanosPerSecond)
        #expect(approval.maxDrift == Price("0.0055")!)
        // 2 lots at 1.1 are worth 220 000 USD: above a notional-only limit of 200 000.
        let byNotional = harness.router(.semiAuto(maxQuantity: nil, maxNotional: Fixtures.money("200000")))
        let notional = try await byNotional.submit(RouterHarness.intent("notional", lots: "2"), at: Fixtures.t0)
        guard case .awaitingApproval(let waiting) = notional else { Issue.record("expected approval"); return }
        #expect(waiting.reason == "notional 220000.00 USD is above the semi-automatic limit of 200000.00 USD")
        #expect(await harness.venue.submitCalls == 1)
    }

    @Test func approvalSendsTheOrderWithTheOverrideAndIsAudited() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.manual)
        let intent = RouterHarness.intent()
        _ = try await router.submit(intent, at: Fixtures.t0)
        #expect(try await harness.store.intent(intent.id)?.status == .awaitingApproval)
        let outcome = try await router.approve(intent.id, actor: "alice", sizeOverride: Quantity("0.5")!, currentPrice: Price("1.103")!,
                                               at: Fixtures.t0 + 1)
        guard case .sent(let order) = outcome else { Issue.record("expected sent"); return }
        #expect(order.order.quantity == Quantity("0.5")!)
        #expect(order.status == .filled)
        let approval = try #require(try await harness.store.approval(intent: intent.id))
        #expect(approval.status == .approved && approval.actor == "alice" && approval.sizeOverride == Quantity("0.5")!)
        #expect(try await harness.audit().contains { $0.action == "approval.approved" && $0.actor == "alice" })
        await #expect(throws: RouterError.approvalNotPending(intent.id, .approved)) {
            try await router.approve(intent.id, actor: "bob", currentPrice: price, at: Fixtures.t0 + 2)
        }
        #expect(await harness.venue.submitCalls == 1)
    }

    @Test func priceDriftRefusesApprovalAndKeepsItPending() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.manual)
        let intent = RouterHarness.intent()
        _ = try await router.submit(intent, at: Fixtures.t0)
        await #expect(throws: RouterError.priceDrift(intent.id, reference: price, current: Price("1.106")!, limit: Price("0.0055")!)) {
            try await router.approve(intent.id, actor: "alice", currentPrice: Price("1.106")!, at: Fixtures.t0 + 1)
        }
        #expect(try await harness.store.approval(intent: intent.id)?.status == .pending)
        #expect(try await harness.audit().contains { $0.action == "approval.refused" && $0.actor == "alice" })
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func lateApprovalExpiresTheRequest() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.manual)
        let intent = RouterHarness.intent()
        _ = try await router.submit(intent, at: Fixtures.t0)
        let late = Fixtures.t0 + 61 * Timestamp.nanosPerSecond
        await #expect(throws: RouterError.approvalExpired(intent.id, expiredAt: Fixtures.t0 + 60 * Timestamp.nanosPerSecond)) {
            try await router.approve(intent.id, actor: "alice", currentPrice: price, at: late)
        }
        #expect(try await harness.store.approval(intent: intent.id)?.status == .expired)
        #expect(try await harness.store.intent(intent.id)?.status == .expired)
    }

    @Test func rejectionAndTheExpirySweepAreRecorded() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.manual)
        _ = try await router.submit(RouterHarness.intent("a"), at: Fixtures.t0)
        _ = try await router.submit(RouterHarness.intent("b"), at: Fixtures.t0 + 10 * Timestamp.nanosPerSecond)
        try await router.reject(IntentID("a"), actor: "bob", reason: "not today", at: Fixtures.t0 + 1)
        let rejected = try #require(try await harness.store.approval(intent: IntentID("a")))
        #expect(rejected.status == .rejected && rejected.actor == "bob" && rejected.reason == "not today")
        #expect(try await router.expireApprovals(at: Fixtures.t0 + 30 * Timestamp.nanosPerSecond).isEmpty)
        let swept = try await router.expireApprovals(at: Fixtures.t0 + 71 * Timestamp.nanosPerSecond)
        #expect(swept.map(\.intentID) == [IntentID("b")])
        #expect(try await harness.store.intent(IntentID("b"))?.status == .expired)
        #expect(try await harness.audit().contains { $0.action == "approval.expired" && $0.actor == "router" })
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func screenCanAskForApprovalInFullAuto() async throws {
        struct Cautious: IntentScreen {
            func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision { .needsApproval(reason: "news window") }
        }
        let harness = try await RouterHarness()
        let outcome = try await harness.router(screen: Cautious()).submit(RouterHarness.intent(), at: Fixtures.t0)
        guard case .awaitingApproval(let approval) = outcome else { Issue.record("expected approval"); return }
        #expect(approval.reason == "news window")
    }
}

extension OrderRouterApprovalTests {
    /// Refuses everything above 0.5 lot.
    struct SmallOnly: IntentScreen {
        func screen(_ intent: TradeIntent, at time: Timestamp) async -> ScreenDecision {
            intent.order.quantity > Quantity("0.5")! ? .reject(rule: "maxOrderSize", reason: "above 0.5 lot") : .accept(intent.order)
        }
    }

    @Test func theScreenRunsAgainOnTheApprovedSize() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.manual, screen: SmallOnly())
        let intent = RouterHarness.intent(lots: "0.5")
        _ = try await router.submit(intent, at: Fixtures.t0)
        let outcome = try await router.approve(intent.id, actor: "alice", sizeOverride: Quantity(2), currentPrice: price, at: Fixtures.t0 + 1)
        #expect(outcome == .rejected(rule: "maxOrderSize", reason: "above 0.5 lot"))
        #expect(try await harness.store.approval(intent: intent.id)?.status == .rejected)
        #expect(try await harness.store.intent(intent.id)?.status == .rejected)
        #expect(await harness.venue.submitCalls == 0)
    }

    @Test func aNotionalLimitInAnotherCurrencyMakesOrdersWait() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(.semiAuto(maxQuantity: nil, maxNotional: Fixtures.money("1000000", "EUR")))
        guard case .awaitingApproval = try await router.submit(RouterHarness.intent(), at: Fixtures.t0) else {
            Issue.record("expected approval"); return
        }
    }
}
