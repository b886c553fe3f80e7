import BallastCore
import Testing
@testable import BallastRisk

/// Each pre-trade rule through `RiskManager.evaluate`, with the numbers worked out by hand.
@Suite struct PreTradeRuleTests {
    typealias F = RiskFixtures

    @Test func allowedInstruments() {
        let manager = F.manager(RiskLimits(allowedSymbols: ["EURUSD"]))
        let decision = manager.evaluate(F.intent("XAUUSD", .buy, "1", reference: "2000"), in: F.snapshot())
        #expect(decision == .reject(rule: "allowedInstruments", reason: "XAUUSD is not in the allowed instruments (EURUSD)"))
        #expect(manager.evaluate(F.intent(.buy, "1"), in: F.snapshot()).accepted != nil)
        // Closing a position in a symbol no longer allowed is reduce-only, so it passes.
        let close = manager.evaluate(F.intent("XAUUSD", .sell, "1", reference: "2000"), in: F.snapshot(positions: ["XAUUSD": "1"]))
        #expect(close.accepted != nil)
    }

    @Test func sessionClosed() {
        // Saturday 2024-03-09 12:00 UTC: the FX calendar is closed from Friday 22:00 to Sunday 22:00.
        let saturday = Timestamp(year: 2024, month: 3, day: 9, hour: 12)
        let decision = F.manager().evaluate(F.intent(.buy, "1"), in: F.snapshot(at: saturday))
        #expect(decision == .reject(rule: "sessionOpen", reason: "EURUSD is closed at 2024-03-09T12:00:00Z"))
    }

    @Test func maxOrderSize() {
        let decision = F.manager(RiskLimits(maxOrderLots: F.lots("2"))).evaluate(F.intent(.buy, "3"), in: F.snapshot())
        #expect(decision == .reject(rule: "maxOrderSize", reason: "order 3.00 lots > max 2.00 lots"))
    }

    @Test func maxPosition() {
        let manager = F.manager(RiskLimits(maxPositionLots: F.lots("5")))
        // 4 long + 2 bought = 6 > 5.
        let decision = manager.evaluate(F.intent(.buy, "2"), in: F.snapshot(positions: ["EURUSD": "4"]))
        #expect(decision == .reject(rule: "maxPosition", reason: "EURUSD position after 6.00 lots > max 5.00 lots"))
        // Selling 2 of the 4 reduces: passes even with a limit below the position.
        let tight = F.manager(RiskLimits(maxPositionLots: F.lots("1")))
        #expect(tight.evaluate(F.intent(.sell, "2"), in: F.snapshot(positions: ["EURUSD": "4"])).accepted != nil)
        // A per-symbol override wins: XAUUSD capped at 1 lot, 0 + 1.5 = 1.5 > 1.
        let bySymbol = F.manager(RiskLimits(maxPositionLots: F.lots("5"), maxPositionLotsBySymbol: ["XAUUSD": F.lots("1")]))
        let gold = bySymbol.evaluate(F.intent("XAUUSD", .buy, "1.5", reference: "2000"), in: F.snapshot())
        #expect(gold.reason == "XAUUSD position after 1.50 lots > max 1.00 lots")
    }

    @Test func grossExposure() {
        // 1 lot held + 2 bought = 3 lots × 100 000 × 1.1 (mid) = 330 000 USD = 3.3 × 100 000 equity > 3.0.
        let manager = F.manager(RiskLimits(maxGrossExposure: 3))
        let decision = manager.evaluate(F.intent(.buy, "2"), in: F.snapshot(positions: ["EURUSD": "1"]))
        #expect(decision == .reject(rule: "exposure",
            reason: "gross exposure after 330000.00 USD = 3.30 × equity > max 3.00 × equity (300000.00 USD)"))
        // 1 + 1.5 = 2.5 lots = 275 000 USD = 2.75 × equity: passes.
        #expect(manager.evaluate(F.intent(.buy, "1.5"), in: F.snapshot(positions: ["EURUSD": "1"])).accepted != nil)
    }

    @Test func netExposure() {
        let manager = F.manager(RiskLimits(maxGrossExposure: 3, maxNetExposure: 1))
        // 1 + 0.5 lots long EURUSD = 1.5 × 100 000 × 1.1 = 165 000 net = 1.65 × equity > 1.0.
        let unhedged = manager.evaluate(F.intent(.buy, "0.5"), in: F.snapshot(positions: ["EURUSD": "1"]))
        #expect(unhedged.reason == "net exposure after 165000.00 USD = 1.65 × equity > max 1.00 × equity (100000.00 USD)")
        // Short 0.5 lots XAUUSD = 0.5 × 100 × 2000 = 100 000 against it: net |165 000 − 100 000| = 65 000 ≤ 100 000,
        // gross 265 000 ≤ 300 000.
        let hedged = manager.evaluate(F.intent(.buy, "0.5"), in: F.snapshot(positions: ["EURUSD": "1", "XAUUSD": "-0.5"]))
        #expect(hedged.accepted != nil)
    }

    @Test func leverage() {
        // 3 lots × 110 000 = 330 000 / 100 000 = 3.3 > 2.
        let decision = F.manager(RiskLimits(maxLeverage: 2)).evaluate(F.intent(.buy, "2"), in: F.snapshot(positions: ["EURUSD": "1"]))
        #expect(decision.reason == "leverage after 3.30 (330000.00 USD / 100000.00 USD) > max 2.00")
    }

    @Test func freeMarginAfterOrder() {
        let manager = F.manager(RiskLimits(minFreeMarginFraction: 0.2))
        // 10 lots at the ask 1.10005: 1 100 050 USD × 5 % margin = 55 002.50; 90 000 − 55 002.50 = 34 997.50 ≥ 20 000.
        #expect(manager.evaluate(F.intent(.buy, "10"), in: F.snapshot()).accepted != nil)
        // 15 lots: 1 650 075 × 5 % = 82 503.75; 90 000 − 82 503.75 = 7 496.25 < 0.2 × 100 000 = 20 000.
        let decision = manager.evaluate(F.intent(.buy, "15"), in: F.snapshot())
        #expect(decision == .reject(rule: "margin", reason:
            "free margin after 7496.25 USD (90000.00 USD − margin 82503.75 USD) < min 20000.00 USD (0.20 × equity)"))
    }

    @Test func priceCollar() {
        let manager = F.manager(RiskLimits(maxPriceDeviation: 0.02, maxQuoteAgeSeconds: 10))
        // |1.125 − 1.1| / 1.1 = 0.022727… > 0.02 (shown to four places: 0.0227).
        let far = manager.evaluate(F.intent(.buy, "1", type: .limit(F.price("1.125"))), in: F.snapshot())
        #expect(far == .reject(rule: "priceCollar", reason: "order price 1.125 is 0.0227 from mid 1.1 > max 0.02"))
        // |1.12 − 1.1| / 1.1 = 0.01818… ≤ 0.02.
        #expect(manager.evaluate(F.intent(.buy, "1", type: .limit(F.price("1.12"))), in: F.snapshot()).accepted != nil)
        // A stop-limit is checked on both prices: stop 1.10 passes, limit 1.13 is 0.0273 away.
        let stopLimit = manager.evaluate(F.intent(.buy, "1", type: .stopLimit(stop: F.price("1.10"), limit: F.price("1.13"))), in: F.snapshot())
        #expect(stopLimit.reason == "order price 1.13 is 0.0273 from mid 1.1 > max 0.02")
    }

    @Test func staleAndMissingQuote() {
        let manager = F.manager(RiskLimits(maxPriceDeviation: 0.02, maxQuoteAgeSeconds: 10))
        var stale = F.snapshot()
        stale.quotes["EURUSD"]?.time = F.now + (-45 * Timestamp.nanosPerSecond)
        #expect(manager.evaluate(F.intent(.buy, "1"), in: stale).reason == "EURUSD quote is 45 s old > max 10 s")
        var none = F.snapshot()
        none.quotes["EURUSD"] = nil
        #expect(manager.evaluate(F.intent(.buy, "1"), in: none).reason == "no quote for EURUSD")
    }

    @Test func ordersPerMinute() {
        var snapshot = F.snapshot()
        // Sent 70, 50, 30 and 10 s ago: the last minute holds 3 (the one 70 s ago has left it).
        for secondsAgo: Int64 in [70, 50, 30, 10] { snapshot.ordersSent.record(at: F.now + (-secondsAgo * Timestamp.nanosPerSecond)) }
        let decision = F.manager(RiskLimits(maxOrdersPerMinute: 3)).evaluate(F.intent(.buy, "1"), in: snapshot)
        #expect(decision == .reject(rule: "orderRate", reason: "3 orders sent in the last minute; this one would exceed max 3 per minute"))
        #expect(F.manager(RiskLimits(maxOrdersPerMinute: 4)).evaluate(F.intent(.buy, "1"), in: snapshot).accepted != nil)
    }

    @Test func brokerVolume() {
        let manager = F.manager()
        #expect(manager.evaluate(F.intent(.buy, "0.005"), in: F.snapshot()).reason == "order 0.005 lots < broker min 0.01 lots")
        #expect(manager.evaluate(F.intent(.buy, "60"), in: F.snapshot()).reason == "order 60.00 lots > broker max 50.00 lots")
        // 0.125 is between the steps 0.12 and 0.13.
        #expect(manager.evaluate(F.intent(.buy, "0.125"), in: F.snapshot())
            == .reject(rule: "brokerVolume", reason: "order 0.125 lots is not a multiple of step 0.01 lots; nearest valid: 0.12 lots or 0.13 lots"))
        // With roundToStep the order is cut down to 0.12 and later rules see 0.12.
        let rounding = F.manager(RiskLimits(roundToStep: true))
        #expect(rounding.evaluate(F.intent(.buy, "0.125"), in: F.snapshot()).accepted?.quantity == F.lots("0.12"))
        // 49.995 rounds down to 49.99; the next step up (50.00) is the max, still valid.
        #expect(manager.evaluate(F.intent(.buy, "49.995"), in: F.snapshot()).reason?.hasSuffix("49.99 lots or 50.00 lots") == true)
    }

    @Test func disabledRuleDoesNotRun() {
        let manager = F.manager(RiskLimits(maxOrderLots: F.lots("2"), disabledRules: [.maxOrderSize]))
        #expect(manager.evaluate(F.intent(.buy, "3"), in: F.snapshot()).accepted != nil)
    }

    @Test func rulesRunInTheFixedOrder() {
        // Both the order size (3 > 2) and the position (3 > 1) fail: maxOrderSize runs first.
        let manager = F.manager(RiskLimits(maxOrderLots: F.lots("2"), maxPositionLots: F.lots("1")))
        #expect(manager.evaluate(F.intent(.buy, "3"), in: F.snapshot()).rule == "maxOrderSize")
        #expect(manager.rules.map(\.name) == [.killSwitch, .sessionOpen, .brokerVolume, .maxOrderSize, .maxPosition])
    }
}
