import BallastCore
import BallastExecution
import BallastRisk
import BallastStore
import Testing

@Suite struct DeskKillSwitchTests {
    typealias H = DeskHarness

    /// Long 1 EURUSD bought at the ask 1.10020 and a resting buy limit at 1.05000, then the bid
    /// falls to 1.09500: unrealised (1.09500 − 1.10020) × 100 000 = −520 USD, so equity is
    /// 10 000 − 520 = 9 480 against a day start of 10 000: a loss of 520 ≥ the 500 limit.
    @Test func dailyLossBreachStoresFirstThenCancelsFlattensBlocksAndSurvivesRestart() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        #expect(try await desk.evaluateKillSwitches(at: H.t0).report.changes.isEmpty)  // day start = 10 000
        _ = try await desk.submit(H.intent("sma/1", .buy, "1"), at: H.t0)
        let limit = H.intent("sma/2", .buy, "1", type: .limit(Price("1.05")!))
        guard case .sent(let resting) = try await desk.submit(limit, at: H.t0), resting.status == .accepted else {
            Issue.record("the limit should rest"); return
        }
        _ = try await router.syncFills(at: H.t0)

        let t1 = H.t0 + H.minutes(1)
        try await h.quote(desk, bid: "1.09500", ask: "1.09520", at: t1)
        let response = try await desk.evaluateKillSwitches(at: t1)
        #expect(response.report.engaged.map(\.kind) == [.dailyLoss])
        #expect(response.report.engaged.first?.reason
            == "equity loss today 520.00 USD (day start 10000.00 USD, equity 9480.00 USD) ≥ limit 500.00 USD")
        #expect(response.cancelled.map(\.id) == [resting.id] && response.cancelled.first?.status == .cancelled)
        #expect(response.flattened.count == 1 && response.failures.isEmpty)

        // The event was stored before the cancel and the flatten reached the venue.
        let afterBreach = h.venue.calls.suffix(2)
        #expect(afterBreach.map(\.kind) == ["cancel", "submit"])
        #expect(afterBreach.allSatisfy { $0.killSwitchEventsStored == 1 })
        let audit = try await h.audit()
        let engagedAt = try #require(audit.first { $0.action == "killswitch.engaged" }?.sequence)
        let flattenAt = try #require(audit.first { $0.action == "intent.protective" }?.sequence)
        #expect(engagedAt < flattenAt)
        #expect(audit.first { $0.action == "killswitch.engaged" }?.actor == "risk")

        // Flat at the venue and in the ledger: sold 1 at the bid 1.09500, realised −520.
        _ = try await router.syncFills(at: t1)
        #expect(try await h.venue.positions(account: H.account).isEmpty)
        #expect(try await h.store.position(account: H.account, symbol: "EURUSD")?.realizedPnL == H.usd("-520"))

        // New risk is refused, naming the rule.
        let blocked = try await desk.submit(H.intent("sma/3", .buy, "0.1", at: t1), at: t1)
        guard case .rejected(let rule, let reason) = blocked else { Issue.record("expected a rejection, got \(blocked)"); return }
        #expect(rule == "killSwitch" && reason.contains("dailyLoss"))

        // A restart keeps the switch engaged; the loss still holds (balance 9 480 vs day start 10 000).
        let t2 = t1 + H.minutes(5)
        let (restarted, _) = try await h.open(at: t2)
        #expect(await restarted.killSwitches.engagedGrades == [.dailyLoss: .flatten])
        await #expect(throws: DeskError.self) { _ = try await restarted.release(.dailyLoss, actor: "ops", reason: "reviewed", at: t2) }
        #expect(await restarted.killSwitches.engaged[.dailyLoss] != nil)

        // The operator raises the limit to 1 000: the condition clears, but the switch stays
        // engaged until someone releases it, with a name and a reason.
        let (raised, _) = try await h.open(H.risk(dailyLossLimit: "1000"), at: t2)
        #expect(await raised.killSwitches.engagedGrades == [.dailyLoss: .flatten])
        await #expect(throws: DeskError.killSwitch(.missingActor)) { _ = try await raised.release(.dailyLoss, actor: " ", reason: "r", at: t2) }
        let released = try await raised.release(.dailyLoss, actor: "ops", reason: "limit raised after review", at: t2)
        #expect(released.engaged == false && released.actor == "ops")
        let events = try await h.store.killSwitchEvents(account: H.account)
        #expect(events.map(\.engaged) == [true, false] && events.map(\.actor) == ["risk", "ops"])
        #expect(await raised.killSwitches.engaged.isEmpty)
        // The release is persisted too: yet another restart starts free.
        #expect(await (try h.open(H.risk(dailyLossLimit: "1000"), at: t2)).0.killSwitches.engaged.isEmpty)
    }

    @Test func manualHaltBlocksNewRiskLetsReductionsThroughAndIsReleasedByName() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        _ = try await desk.submit(H.intent("sma/1", .buy, "1"), at: H.t0)
        _ = try await router.syncFills(at: H.t0)
        try await desk.refresh(at: H.t0)

        await #expect(throws: DeskError.killSwitch(.missingReason)) {
            _ = try await desk.engageManual(grade: .stopNewOrders, actor: "alice", reason: "", at: H.t0)
        }
        let halt = try await desk.engageManual(grade: .stopNewOrders, actor: "alice", reason: "NFP in 5 minutes", at: H.t0)
        #expect(halt.grade == .stopNewOrders && halt.cancelled.isEmpty && halt.flattened.isEmpty)
        let events = try await h.store.killSwitchEvents(account: H.account)
        #expect(events.map(\.name) == ["manual"] && events.first?.actor == "alice" && events.first?.reason == "NFP in 5 minutes")

        let adding = try await desk.submit(H.intent("sma/2", .buy, "0.5"), at: H.t0)
        guard case .rejected(let rule, _) = adding else { Issue.record("expected a rejection, got \(adding)"); return }
        #expect(rule == "killSwitch")
        // Reduce-only passes under stopNewOrders: sell 0.5 of the long 1.
        guard case .sent = try await desk.submit(H.intent("sma/3", .sell, "0.5"), at: H.t0) else {
            Issue.record("a reduction should pass"); return
        }

        _ = try await desk.release(.manual, actor: "alice", reason: "data out, spreads normal", at: H.t0 + H.minutes(10))
        let audit = try await h.audit().filter { $0.entity == "killswitch" }
        #expect(audit.map(\.action) == ["killswitch.engaged", "killswitch.released"])
        #expect(audit.map(\.actor) == ["alice", "alice"])
        guard case .sent = try await desk.submit(H.intent("sma/4", .buy, "0.5"), at: H.t0 + H.minutes(10)) else {
            Issue.record("new risk should pass after the release"); return
        }
    }

    @Test func manualFlattenClosesEverythingAndReleasingAFreeSwitchIsRefused() async throws {
        let h = try await H()
        let (desk, router) = try await h.open()
        try await h.quote(desk, bid: "1.10000", ask: "1.10020", at: H.t0)
        try await h.quote(desk, "BTCUSD", bid: "60000", ask: "60010", at: H.t0)
        _ = try await desk.submit(H.intent("sma/1", .sell, "2"), at: H.t0)
        _ = try await desk.submit(H.intent("sma/2", .buy, "0.5", symbol: "BTCUSD"), at: H.t0)
        _ = try await router.syncFills(at: H.t0)
        await #expect(throws: DeskError.killSwitch(.notEngaged(.dailyLoss))) {
            _ = try await desk.release(.dailyLoss, actor: "ops", reason: "nothing to release", at: H.t0)
        }
        let halt = try await desk.engageManual(grade: .flatten, actor: "bob", reason: "venue incident", at: H.t0)
        // Sorted by symbol: sell 0.5 BTCUSD, buy back 2 EURUSD.
        #expect(halt.flattened.count == 2 && halt.failures.isEmpty)
        _ = try await router.syncFills(at: H.t0)
        #expect(try await h.venue.positions(account: H.account).isEmpty)
        let stored = h.venue.calls.filter { $0.kind == "submit" }.suffix(2).map(\.killSwitchEventsStored)
        #expect(stored == [1, 1])  // the manual event was stored before both
    }

    @Test func unreadableBoardRefusesToStart() async throws {
        let h = try await H()
        _ = try await h.store.saveConfig(ConfigRecord(key: "killswitch/\(H.account)", body: "{not json", changedAt: H.t0, actor: "x"),
                                         audit: [])
        await #expect(throws: DeskError.self) { _ = try await h.open() }
    }
}
