import BallastCore
import BallastExecution
import BallastStore
import Testing

@Suite struct OrderRouterBracketTests {
    let bracket = Bracket(stopLoss: Price("1.095")!, takeProfit: Price("1.11")!)

    @Test func routerPlacesLinkedExitsAfterTheEntryFillsAndCancelsTheOtherOnAFill() async throws {
        let harness = try await RouterHarness(supportsBrackets: false)
        let router = harness.router()
        let intent = RouterHarness.intent(bracket: bracket)
        _ = try await router.submit(intent, at: Fixtures.t0)
        #expect(await harness.venue.requests.first?.order.bracket == nil)
        let synced = try await router.syncFills(at: Fixtures.t0 + 1)
        let exits = synced.exitsPlaced
        #expect(exits.map(\.order.type) == [.stop(Price("1.095")!), .limit(Price("1.11")!)])
        #expect(exits.allSatisfy { $0.parent == intent.clientOrderID && $0.order.side == .sell && $0.status == .accepted })
        #expect(Set(exits.map(\.order.ocoGroup)) == ["oco:\(intent.clientOrderID)"])
        // Syncing again places nothing twice.
        #expect(try await router.syncFills(at: Fixtures.t0 + 2).exitsPlaced.isEmpty)
        #expect(await harness.venue.orders.count == 3)

        await harness.venue.fill(exits[1].id, account: Fixtures.account, at: Price("1.11")!)
        let closed = try await router.syncFills(at: Fixtures.t0 + 3)
        #expect(closed.cancelled.map(\.id) == [exits[0].id])
        #expect(try await harness.store.order(exits[0].id)?.status == .cancelled)
        #expect(await harness.venue.orders[exits[0].id]?.status == .cancelled)
        let position = try #require(try await harness.store.position(account: Fixtures.account, symbol: "EURUSD"))
        #expect(position.quantity == .zero)
        #expect(position.realizedPnL == Fixtures.money("1000"))
    }

    @Test func venueBracketsTravelWithTheOrder() async throws {
        let harness = try await RouterHarness(supportsBrackets: true)
        let router = harness.router()
        _ = try await router.submit(RouterHarness.intent(bracket: bracket), at: Fixtures.t0)
        #expect(await harness.venue.requests.first?.order.bracket == bracket)
        #expect(try await router.syncFills(at: Fixtures.t0 + 1).exitsPlaced.isEmpty)
    }
}
