import BallastCore
import Testing
@testable import BallastRisk

@Suite struct KillSwitchLatchTests {
    typealias F = RiskFixtures

    static let drawdown = KillSwitchConfiguration(drawdown: KillSwitchTrigger(limit: 0.1, grade: .cancelWorking))

    /// Peak 120 000, equity 100 000: drawdown 20 000 / 120 000 = 0.1667 ≥ 0.1.
    static var inDrawdown: RiskSnapshot {
        var s = KillSwitchBoardTests.snapshot
        s.equityPeak = F.usd("120000")
        return s
    }

    static var recovered: RiskSnapshot {
        var s = inDrawdown
        s.account.equity = F.usd("120000")
        return s
    }

    @Test func staysEngagedUntilReleasedByHand() throws {
        var board = KillSwitchBoard(configuration: Self.drawdown)
        #expect(board.update(Self.inDrawdown).cancel == [ClientOrderID("S-add")])
        // Still 0.1667 down: a release would re-engage at once, so it is refused.
        #expect(throws: KillSwitchError.conditionHolds(KillSwitchTrip(kind: .drawdown, grade: .cancelWorking,
            reason: "drawdown 0.1667 (peak 120000.00 USD, equity 100000.00 USD) ≥ limit 0.10"))) {
            try board.release(.drawdown, actor: "ops", reason: "looked fine", at: F.now)
        }
        // Recovered: the condition clears but the switch holds.
        #expect(board.update(Self.recovered).grade == .cancelWorking)
        let later = F.now + 60 * Timestamp.nanosPerSecond
        let release = try board.release(.drawdown, actor: "ops", reason: "reviewed the losses", at: later)
        #expect(release == KillSwitchChange(kind: .drawdown, grade: .cancelWorking, engaged: false, time: later,
                                            actor: "ops", reason: "reviewed the losses"))
        #expect(board.grade == nil && board.engaged.isEmpty)
        // A new drawdown engages again, and its actions come again.
        let again = board.update(Self.inDrawdown)
        #expect(again.engaged.map(\.kind) == [.drawdown] && again.cancel == [ClientOrderID("S-add")])
    }

    @Test func refusedReleases() throws {
        var board = KillSwitchBoard(configuration: Self.drawdown)
        #expect(throws: KillSwitchError.notEngaged(.drawdown)) { try board.release(.drawdown, actor: "ops", reason: "r", at: F.now) }
        _ = try board.engageManual(grade: .stopNewOrders, actor: "ops", reason: "news", at: F.now)
        #expect(throws: KillSwitchError.missingActor) { try board.release(.manual, actor: " ", reason: "r", at: F.now) }
        #expect(throws: KillSwitchError.missingReason) { try board.release(.manual, actor: "ops", reason: "", at: F.now) }
        #expect(throws: KillSwitchError.missingReason) { try board.engageManual(grade: .flatten, actor: "ops", reason: "", at: F.now) }
        #expect(KillSwitchError.notEngaged(.drawdown).description == "kill switch drawdown is not engaged")
    }

    @Test func manualHaltThroughTheSamePath() throws {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration())
        let s = KillSwitchBoardTests.snapshot
        _ = try board.engageManual(grade: .cancelWorking, actor: "ops", reason: "CPI at 13:30", at: F.now)
        let first = board.update(s)
        #expect(first.grade == .cancelWorking && first.cancel == [ClientOrderID("S-add")])
        // Nothing watches a manual halt's condition: it releases whenever the operator says.
        let release = try board.release(.manual, actor: "ops", reason: "CPI out", at: F.now + 3_600 * Timestamp.nanosPerSecond)
        #expect(release.engaged == false && release.grade == .cancelWorking)
        #expect(board.update(s).grade == nil)
        // Engaged again at flatten: the rise brings the flatten orders on the next update.
        _ = try board.engageManual(grade: .flatten, actor: "ops", reason: "margin call", at: F.now)
        #expect(board.update(s).flattenOrders == [OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("1"), tag: "kill switch flatten")])
    }

    @Test func gatesOrdersThroughTheSnapshot() throws {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration())
        _ = try board.engageManual(grade: .stopNewOrders, actor: "ops", reason: "halt", at: F.now)
        var s = F.snapshot(positions: ["EURUSD": "2"])
        s.engagedKillSwitches = board.engagedGrades
        #expect(F.manager().evaluate(F.intent(.buy, "1"), in: s).reason
            == "kill switch manual engaged (stopNewOrders): only reduce-only orders pass")
    }
}
