import BallastCore
import Testing
@testable import BallastRisk

@Suite struct WeekendPolicyTests {
    typealias F = RiskFixtures

    /// 30 minutes ahead of the close: FX flattens, indices halve, crypto (not configured) is exempt.
    static let policy = WeekendPolicy(leadSeconds: 30 * 60, actions: [.fx: .flatten, .index: .reduce(to: 0.5)])
    /// Friday 2024-03-08 21:45 UTC, 15 minutes before the 22:00 weekend close.
    static let insideWindow = Timestamp(year: 2024, month: 3, day: 8, hour: 21, minute: 45)

    static func snapshot(at time: Timestamp) -> RiskSnapshot {
        var s = F.snapshot(positions: ["EURUSD": "2", "US500": "-3", "BTCUSD": "1"], at: time)
        s.positions["BTCUSD"]?.markPrice = F.price("60000")
        return s
    }

    @Test func windowOpensAtTheLeadBeforeTheFridayClose() {
        let close = Timestamp(year: 2024, month: 3, day: 8, hour: 22)
        #expect(Self.policy.windowClose(for: F.eurusd, at: Self.insideWindow) == close)
        // 21:29: the close is 31 minutes away, outside the 30-minute window.
        #expect(Self.policy.windowClose(for: F.eurusd, at: Timestamp(year: 2024, month: 3, day: 8, hour: 21, minute: 29)) == nil)
        // 21:30 is the first instant inside.
        #expect(Self.policy.windowClose(for: F.eurusd, at: Timestamp(year: 2024, month: 3, day: 8, hour: 21, minute: 30)) == close)
        // Thursday 21:45: the 22:00 daily break reopens at 23:00, not a weekend.
        #expect(Self.policy.windowClose(for: F.eurusd, at: Timestamp(year: 2024, month: 3, day: 7, hour: 21, minute: 45)) == nil)
        // Crypto is exempt (and never closes).
        #expect(Self.policy.windowClose(for: F.btcusd, at: Self.insideWindow) == nil)
    }

    @Test func ordersFlattenOrReduceOncePerClose() {
        var planner = WeekendPlanner(policy: Self.policy)
        let orders = planner.orders(for: Self.snapshot(at: Self.insideWindow))
        // EURUSD long 2 → sell 2. US500 short 3 → keep 0.5 × 3 = 1.5 → buy 1.5. BTCUSD untouched.
        #expect(orders == [
            OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("2"), tag: "weekend"),
            OrderIntent(symbol: "US500", side: .buy, quantity: F.lots("1.5"), tag: "weekend"),
        ])
        // Five minutes later, same close: already handled, so the half is not halved again.
        #expect(planner.orders(for: Self.snapshot(at: Self.insideWindow + 300 * Timestamp.nanosPerSecond)).isEmpty)
        // Outside the window: nothing.
        var fresh = WeekendPlanner(policy: Self.policy)
        #expect(fresh.orders(for: Self.snapshot(at: F.now)).isEmpty)
    }

    @Test func reduceRoundsDownToTheStep() {
        // 0.5 × 0.03 = 0.015 → keep 0.01 (step 0.01), sell 0.02.
        let order = Self.policy.order(for: F.us500, position: F.lots("0.03"))
        #expect(order == OrderIntent(symbol: "US500", side: .sell, quantity: F.lots("0.02"), tag: "weekend"))
    }

    @Test func cryptoWhenConfigured() {
        // Crypto configured, but it never closes: no window, no orders.
        var planner = WeekendPlanner(policy: WeekendPolicy(leadSeconds: 1800, actions: [.crypto: .flatten]))
        #expect(planner.orders(for: Self.snapshot(at: Self.insideWindow)).isEmpty)
    }

    @Test func windowBlocksRiskIncreasingOrders() {
        let manager = F.manager(weekend: Self.policy)
        let s = Self.snapshot(at: Self.insideWindow)
        #expect(manager.evaluate(F.intent(.buy, "1"), in: s) == .reject(rule: "weekend",
            reason: "EURUSD closes for the weekend at 2024-03-08T22:00:00Z (in 15 min, window 30 min): only reduce-only orders pass"))
        #expect(manager.evaluate(F.intent(.sell, "1"), in: s).accepted != nil)
        #expect(manager.evaluate(F.intent("BTCUSD", .buy, "1", reference: "60000"), in: s).accepted != nil)
    }
}
