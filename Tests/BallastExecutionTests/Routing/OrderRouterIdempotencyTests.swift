import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct OrderRouterIdempotencyTests {
    @Test func aRepeatedIntentReturnsTheFirstOrderWithoutCallingTheVenue() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        _ = try await harness.router().submit(intent, at: Fixtures.t0)
        let again = try await harness.router().submit(intent, at: Fixtures.t0 + 1)
        guard case .duplicate(let record, let order) = again else { Issue.record("expected duplicate, got \(again)"); return }
        #expect(record.id == intent.id)
        #expect(order?.status == .filled)
        #expect(await harness.venue.submitCalls == 1)
    }

    @Test func aThousandConcurrentSubmissionsMakeExactlyOneVenueOrder() async throws {
        let harness = try await RouterHarness()
        let intent = RouterHarness.intent()
        // Two router instances over the same store, as two processes would be.
        let routers = [harness.router(), harness.router()]
        let outcomes = try await withThrowingTaskGroup(of: RouteOutcome.self) { group in
            for index in 0..<1_000 {
                group.addTask { try await routers[index % 2].submit(intent, at: Fixtures.t0) }
            }
            return try await group.reduce(into: [RouteOutcome]()) { $0.append($1) }
        }
        #expect(await harness.venue.submitCalls == 1)
        #expect(await harness.venue.orders.count == 1)
        let sent = outcomes.filter { if case .sent = $0 { true } else { false } }
        #expect(sent.count == 1)
        #expect(outcomes.count == 1_000)
        let recorded = try await harness.audit().filter { $0.action == "order.submitted" }
        #expect(recorded.count == 1)
    }
}
