import BallastCore
import Foundation
import Testing
@testable import BallastRisk

@Suite struct KillSwitchPersistenceTests {
    typealias F = RiskFixtures

    @Test func roundTripKeepsEngagedSwitches() throws {
        var config = KillSwitchLatchTests.drawdown
        config.dailyLoss = KillSwitchTrigger(limit: F.usd("1000"), grade: .flatten)
        config.dayRoll = DayRollTests.fxDay
        var board = KillSwitchBoard(configuration: config)
        var s = KillSwitchLatchTests.inDrawdown
        s.dailyRealisedPnL = F.usd("-1500")
        _ = board.update(s)
        _ = try board.engageManual(grade: .stopNewOrders, actor: "ops", reason: "watching", at: F.now)
        let data = try JSONEncoder().encode(board)
        var restored = try JSONDecoder().decode(KillSwitchBoard.self, from: data)
        #expect(restored == board)
        #expect(restored.engagedGrades == [.dailyLoss: .flatten, .drawdown: .cancelWorking, .manual: .stopNewOrders])
        // Switches are stored under their names.
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"drawdown\"") && json.contains("\"manual\""))
        // After the restart, a recovered snapshot neither releases nor re-acts: flatten was done.
        var calm = KillSwitchLatchTests.recovered
        calm.time = F.now + 60 * Timestamp.nanosPerSecond
        let report = restored.update(calm)
        #expect(report.changes.isEmpty && report.grade == .flatten && report.flattenOrders.isEmpty)
        // The conditions seen before the restart still refuse a release until an update clears them.
        var stale = try JSONDecoder().decode(KillSwitchBoard.self, from: data)
        #expect(throws: KillSwitchError.self) { try stale.release(.drawdown, actor: "ops", reason: "r", at: F.now) }
    }

    @Test func reportsProduceStoreRecords() {
        var board = KillSwitchBoard(configuration: DailyLossSwitchTests.config())
        let report = board.update(DailyLossSwitchTests.snapshot(at: F.now, realised: "-1200"))
        #expect(report.records(account: "paper-1") == [KillSwitchEvent(
            account: "paper-1", time: F.now, name: "dailyLoss", grade: "flatten", engaged: true,
            reason: "realised loss today 1200.00 USD ≥ limit 1000.00 USD", actor: "risk")])
        let manual = KillSwitchChange(kind: .manual, grade: .cancelWorking, engaged: false, time: F.now, actor: "ops", reason: "done")
        #expect(manual.record(account: "a") == KillSwitchEvent(
            account: "a", time: F.now, name: "manual", grade: "cancelWorking", engaged: false, reason: "done", actor: "ops"))
    }
}
