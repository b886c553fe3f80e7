import BallastCore
import BallastExecution
import BallastRisk
import BallastStore
import Testing

@Suite struct DeskSnapshotTests {
    typealias H = DeskHarness

    @Test func accountFiguresFromDepositsLedgerAndQuotes() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        _ = try await desk.submit(H.intent("sma/1", .buy, "1"), at: H.t0)  // long 1 at the ask 1.10020
        _ = try await router.syncFills(at: H.t0)
        try await desk.refresh(at: H.t0)
        try await h.quote(desk, bid: "1.10100", ask: "1.10120", at: H.t0 + 1)
        let s = await desk.snapshot(at: H.t0 + 1)
        // Equity: 10 000 + (bid 1.10100 − 1.10020) × 100 000 = 10 080.
        #expect(s.account.balance == H.usd("10000") && s.account.equity == H.usd("10080"))
        // Margin: mid 1.10110 × 100 000 = 110 110 notional × 0.0333 = 3 666.663; free 10 080 − 3 666.663.
        #expect(s.account.freeMargin == H.usd("6413.337"))
        #expect(s.positions["EURUSD"] == PositionState(quantity: H.lots("1"), markPrice: Price("1.1011")!))
        #expect(s.sleeves["sma"]?.positions == ["EURUSD": H.lots("1")])
        #expect(s.ordersSent.count(at: H.t0 + 1) == 1)
        // The day was first seen by the screen of the buy, flat at 10 000; the peak is now.
        #expect(s.dayStartEquity == H.usd("10000") && s.equityPeak == H.usd("10080"))
    }

    @Test func losingRoundTripsAndTheDaysRealisedPnL() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        // Round trip 1: buy at 1.10020, sell at 1.10000: (1.10000 − 1.10020) × 100 000 × 0.5 = −10.
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        _ = try await desk.submit(H.intent("sma/1", .buy, "0.5"), at: H.t0)
        _ = try await desk.submit(H.intent("sma/2", .sell, "0.5"), at: H.t0)
        // Round trip 2: sell at 1.10000, buy back at 1.10040 after a rise: −0.00040 × 50 000 = −20.
        _ = try await desk.submit(H.intent("sma/3", .sell, "0.5"), at: H.t0)
        try await h.quote(desk, bid: "1.10020", ask: "1.10040", at: H.t0 + 1)
        _ = try await desk.submit(H.intent("sma/4", .buy, "0.5"), at: H.t0 + 1)
        _ = try await router.syncFills(at: H.t0 + 1)
        try await desk.refresh(at: H.t0 + 1)
        var s = await desk.snapshot(at: H.t0 + 1)
        #expect(s.consecutiveLosses == 2)
        #expect(s.dailyRealisedPnL == H.usd("-30") && s.account.balance == H.usd("9970"))
        #expect(s.sleeves["sma"]?.dailyRealisedPnL == H.usd("-30"))
        // Round trip 3 wins: buy at 1.10040, sell at 1.10100: +0.00060 × 50 000 = +30; the streak ends.
        _ = try await desk.submit(H.intent("sma/5", .buy, "0.5"), at: H.t0 + 1)
        try await h.quote(desk, bid: "1.10100", ask: "1.10120", at: H.t0 + 2)
        _ = try await desk.submit(H.intent("sma/6", .sell, "0.5"), at: H.t0 + 2)
        _ = try await router.syncFills(at: H.t0 + 2)
        try await desk.refresh(at: H.t0 + 2)
        s = await desk.snapshot(at: H.t0 + 2)
        #expect(s.consecutiveLosses == 0 && s.dailyRealisedPnL == H.usd("0"))
        // The next day starts at 00:00 UTC with nothing realised yet; the losses made no new streak.
        s = await desk.snapshot(at: Timestamp(year: 2024, month: 3, day: 6, hour: 1))
        #expect(s.dailyRealisedPnL == H.usd("0") && s.dayStartEquity == H.usd("10000"))
    }
}

extension DeskSnapshotTests {
    /// The desk takes the working orders from the router that writes them: a resting limit
    /// order works until its cancellation ends it, and at every step the desk agrees
    /// with the store.
    @Test func workingOrdersFollowTheRoutersWritesAndAgreeWithTheStore() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        let limit = H.intent("sma/limit", .buy, "1", type: .limit(Price("1.09000")!))
        guard case .sent(let resting) = try await desk.submit(limit, at: H.t0) else { Issue.record("not sent"); return }
        _ = try await desk.submit(H.intent("sma/market", .buy, "0.5"), at: H.t0)
        _ = try await router.syncFills(at: H.t0)
        try await desk.refresh(at: H.t0)
        let stored = try await h.store.orders(account: H.account, statuses: [.submitted, .accepted, .partiallyFilled])
        #expect(stored.map(\.id) == [resting.id])
        #expect(try await router.workingOrders() == stored)
        var working = await desk.snapshot(at: H.t0).workingOrders
        #expect(working.map(\.id) == [resting.id] && working.first?.remaining == H.lots("1"))

        _ = try await router.cancel(resting.id, reason: "test", at: H.t0 + 1)
        try await desk.refresh(at: H.t0 + 1)
        working = await desk.snapshot(at: H.t0 + 1).workingOrders
        #expect(working.isEmpty)
        #expect(try await h.store.orders(account: H.account, statuses: [.submitted, .accepted, .partiallyFilled]).isEmpty)
    }
}

extension DeskSnapshotTests {
    /// A market order the venue fills at once is in the desk's view when `submit` returns: the
    /// next intent is screened against the new position, without a fill synchronisation.
    @Test func anOrderFilledAtOnceIsInTheDesksViewWhenSubmitReturns() async throws {
        let h = try await H()
        let (desk, _) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        guard case .sent(let order) = try await desk.submit(H.intent("sma/now", .buy, "1"), at: H.t0), order.status == .filled else {
            Issue.record("expected a filled order"); return
        }
        let s = await desk.snapshot(at: H.t0)
        #expect(s.positions["EURUSD"]?.quantity == H.lots("1"))
        #expect(s.sleeves["sma"]?.positions == ["EURUSD": H.lots("1")])
    }
}
