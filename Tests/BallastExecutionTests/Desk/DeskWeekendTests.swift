import BallastCore
import BallastExecution
import BallastRisk
import BallastStore
import Testing

@Suite struct DeskWeekendTests {
    typealias H = DeskHarness

    /// Friday 2024-03-08: FX closes at 22:00 UTC; with a 30-minute lead the window opens at 21:30.
    static let friday = Timestamp(year: 2024, month: 3, day: 8, hour: 21)
    static let close = Timestamp(year: 2024, month: 3, day: 8, hour: 22)

    @Test func fxIsFlattenedBeforeTheFridayCloseOnceAndCryptoIsExempt() async throws {
        let h = try await H()
        let (desk, router) = try await h.open(at: Self.friday)
        try await h.quote(desk, bid: "1.08000", ask: "1.08010", at: Self.friday)
        try await h.quote(desk, "BTCUSD", bid: "60000", ask: "60010", at: Self.friday)
        _ = try await desk.submit(H.intent("sma/eur", .buy, "1", at: Self.friday), at: Self.friday)
        _ = try await desk.submit(H.intent("sma/btc", .buy, "0.5", symbol: "BTCUSD", at: Self.friday), at: Self.friday)
        _ = try await router.syncFills(at: Self.friday)
        // 21:00 is outside the window: nothing to do.
        #expect(try await desk.applyWeekendPolicy(at: Self.friday).isEmpty)

        let inside = Self.friday + H.minutes(45)  // 21:45, 15 minutes before the close
        let outcomes = try await desk.applyWeekendPolicy(at: inside)
        guard outcomes.count == 1, case .sent(let order) = outcomes[0] else { Issue.record("expected one order, got \(outcomes)"); return }
        #expect(order.order == OrderIntent(symbol: "EURUSD", side: .sell, quantity: H.lots("1"), tag: "weekend"))
        #expect(order.intentID == IntentID("weekend/\(H.account)/EURUSD/\(Self.close.nanoseconds)"))
        let submits = h.venue.calls.filter { $0.kind == "submit" }.count

        // Asked again, by the same desk or by a restarted one: a desk that still sees the long
        // gets the same intent id back as a duplicate (here the flatten's fill came with the
        // venue's answer and is recorded, so the restarted desk sees no long at all); either
        // way nothing more reaches the venue.
        #expect(try await desk.applyWeekendPolicy(at: inside + H.minutes(5)).isEmpty)
        let (restarted, _) = try await h.open(at: inside + H.minutes(5))
        let again = try await restarted.applyWeekendPolicy(at: inside + H.minutes(5))
        #expect(again.allSatisfy { if case .duplicate = $0 { true } else { false } }, "\(again)")
        #expect(h.venue.calls.filter { $0.kind == "submit" }.count == submits)

        _ = try await router.syncFills(at: inside)
        let venue = try await h.venue.positions(account: H.account)
        #expect(venue.map(\.symbol) == ["BTCUSD"] && venue.first?.quantity == H.lots("0.5"))
    }

    @Test func protectiveOrdersOnlyReduce() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        _ = try await desk.submit(H.intent("sma/1", .buy, "1"), at: H.t0)
        func protective(_ id: String, _ side: OrderSide, _ lots: String, _ symbol: String = "EURUSD")
            async throws(OrderRouter.ProtectiveError) -> RouteOutcome {
            try await router.submitProtective(H.intent(id, side, lots, symbol: symbol), reason: "test", at: H.t0)
        }
        // Long 1 (the fill is synced by the protective call itself).
        for (id, side, lots, symbol) in [("p/add", OrderSide.buy, "0.5", "EURUSD"), ("p/reverse", .sell, "2", "EURUSD"),
                                         ("p/open", .sell, "0.1", "BTCUSD")] {
            await #expect(throws: OrderRouter.ProtectiveError.self) { _ = try await protective(id, side, lots, symbol) }
            #expect(try await h.store.intent(IntentID(id)) == nil)
        }
        guard case .sent(let cut) = try await protective("p/cut", .sell, "0.4") else { Issue.record("a cut should go"); return }
        #expect(cut.status == .filled)
        // The next protective call syncs the cut's fill first: long 0.6 left, so selling 0.7 would reverse.
        await #expect(throws: OrderRouter.ProtectiveError.self) { _ = try await protective("p/more", .sell, "0.7") }
        guard case .sent = try await protective("p/rest", .sell, "0.6") else { Issue.record("the rest should go"); return }
        let audit = try await h.audit().filter { $0.action == "intent.protective" }
        #expect(audit.map(\.entityID) == ["p/cut", "p/rest"] && audit.allSatisfy { $0.reason == "test" })
        #expect(try await h.venue.positions(account: H.account).isEmpty)
    }
}
