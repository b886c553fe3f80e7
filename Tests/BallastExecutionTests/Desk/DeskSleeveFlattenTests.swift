import BallastCore
import BallastExecution
import BallastRisk
import Testing

/// A flatten closes the sleeves that held the position: their positions go to zero and each
/// realises its own loss, instead of a "risk" sleeve holding the opposite position.
@Suite struct DeskSleeveFlattenTests {
    typealias H = DeskHarness

    @Test func aFlattenClosesEachSleeveAtTheFillPrice() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        var breakout = H.intent("dc/1", .buy, "0.5")
        breakout.strategy = "dc"
        _ = try await desk.submit(H.intent("sma/1", .buy, "1"), at: H.t0)
        _ = try await desk.submit(breakout, at: H.t0)
        _ = try await router.syncFills(at: H.t0)
        try await desk.refresh(at: H.t0)
        #expect(await desk.snapshot(at: H.t0).sleeves.mapValues(\.positions) == ["sma": ["EURUSD": H.lots("1")], "dc": ["EURUSD": H.lots("0.5")]])

        _ = try await desk.engageManual(grade: .flatten, actor: "ops", reason: "test", at: H.t0)
        _ = try await router.syncFills(at: H.t0)
        try await desk.refresh(at: H.t0)
        let sleeves = await desk.snapshot(at: H.t0).sleeves
        // Bought at the ask 1.10020, sold back at the bid 1.10000: 0.0002 × 100,000 per lot.
        #expect(sleeves["sma"]?.positions.isEmpty == true && sleeves["dc"]?.positions.isEmpty == true)
        #expect(sleeves["sma"]?.dailyRealisedPnL == H.usd("-20") && sleeves["dc"]?.dailyRealisedPnL == H.usd("-10"))
        #expect(sleeves["risk"] == nil, "the desk's own orders open no sleeve")
    }
}
