import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct OrderRouterRetryTests {
    @Test func lostAnswerIsSettledByLookupWithoutResending() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.timeoutAfterPlacing])
        let outcome = try await harness.router().submit(RouterHarness.intent(), at: Fixtures.t0)
        guard case .sent(let order) = outcome else { Issue.record("expected sent"); return }
        #expect(order.status == .filled)
        #expect(order.attempts == 1)
        #expect(await harness.venue.submitCalls == 1)
    }

    @Test func lostRequestIsResentWithTheSameClientID() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.timeoutBeforePlacing, .timeoutBeforePlacing])
        let intent = RouterHarness.intent()
        let outcome = try await harness.router().submit(intent, at: Fixtures.t0)
        guard case .sent(let order) = outcome else { Issue.record("expected sent"); return }
        #expect(order.status == .filled)
        #expect(order.attempts == 3)
        #expect(await harness.venue.submitCalls == 3)
        #expect(await harness.venue.orders.keys.map(\.self) == [intent.clientOrderID])
        #expect(harness.sleeper.delays.count == 2)
        #expect(try await harness.audit().filter { $0.action == "order.resent" }.count == 2)
    }

    @Test func rateLimitedCallsBackOffDeterministically() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.rateLimited, .rateLimited])
        _ = try await harness.router().submit(RouterHarness.intent(), at: Fixtures.t0)
        var random = harness.configuration().retry.makeRandom()
        let policy = harness.configuration().retry
        let expected = [policy.delay(afterAttempt: 1, random: &random), policy.delay(afterAttempt: 2, random: &random)]
        #expect(harness.sleeper.delays == expected)
        #expect(await harness.venue.submitCalls == 3)
    }

    @Test func exhaustedRetriesOfAnUnplacedOrderRejectIt() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject(Array(repeating: .rateLimited, count: 4))
        guard case .sent(let order) = try await harness.router().submit(RouterHarness.intent(), at: Fixtures.t0) else { return }
        #expect(order.status == .rejected)
        #expect(order.reason.hasPrefix("not placed after 4 attempts"))
    }

    @Test func failedLookupsLeaveTheOrderSubmittedForReconciliation() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.timeoutAfterPlacing])
        await harness.venue.failLookups(10)
        let intent = RouterHarness.intent()
        guard case .sent(let order) = try await harness.router().submit(intent, at: Fixtures.t0) else { return }
        #expect(order.status == .submitted)
        #expect(await harness.venue.submitCalls == 1)
        #expect(try await harness.audit().contains { $0.action == "order.unresolved" })
    }

    @Test func theVenueThrottleSpacesCalls() async throws {
        let harness = try await RouterHarness()
        let router = harness.router(throttle: BrokerThrottle(RateLimiter(burst: 1, interval: 1_000_000)))
        for index in 1...3 { _ = try await router.submit(RouterHarness.intent("i\(index)"), at: Fixtures.t0) }
        #expect(harness.sleeper.delays == [1_000_000, 2_000_000])
        #expect(await harness.venue.submitCalls == 3)
    }

    @Test func aHungSubmissionTimesOutAndIsSettledByLookup() async throws {
        let harness = try await RouterHarness()
        await harness.venue.inject([.hangAfterPlacing])
        let router = OrderRouter(configuration: harness.configuration(), store: harness.store, broker: harness.venue,
                                 catalog: harness.catalog, sleeper: harness.sleeper, timer: SleeperTimer(FirstCallTimer()))
        let intent = RouterHarness.intent()
        guard case .sent(let order) = try await router.submit(intent, at: Fixtures.t0) else { Issue.record("expected sent"); return }
        // Whether the venue took the order before the timeout or not, it holds exactly one.
        #expect(order.status == .filled)
        #expect(await harness.venue.orders.keys.map(\.self) == [intent.clientOrderID])
    }
}
