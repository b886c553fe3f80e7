import BallastCore
import Testing
@testable import BallastRisk

@Suite struct DailyLossSwitchTests {
    typealias F = RiskFixtures
    typealias D = DayRollTests

    static func config(roll: DayRoll = .utcMidnight, includeUnrealised: Bool = true) -> KillSwitchConfiguration {
        KillSwitchConfiguration(dailyLoss: KillSwitchTrigger(limit: F.usd("1000"), grade: .flatten),
                                includeUnrealised: includeUnrealised, dayRoll: roll)
    }

    /// The test snapshot at `time` with `realised` PnL today.
    static func snapshot(at time: Timestamp, realised: String) -> RiskSnapshot {
        var s = KillSwitchBoardTests.snapshot
        s.time = time
        s.dailyRealisedPnL = F.usd(realised)
        return s
    }

    @Test func releasesByItselfAtUTCMidnightOnly() throws {
        var board = KillSwitchBoard(configuration: Self.config())
        #expect(board.update(Self.snapshot(at: F.now, realised: "-1200")).grade == .flatten)
        // Recovered to −300 before midnight: still engaged, nothing released.
        let late = board.update(Self.snapshot(at: D.utc(8, 23, 59, 59), realised: "-300"))
        #expect(late.released.isEmpty && late.grade == .flatten)
        // The first update at or after 2024-03-09 00:00 UTC releases it, dated at the roll.
        let rolled = board.update(Self.snapshot(at: D.utc(9, 0, 0, 5), realised: "0"))
        #expect(rolled.released == [KillSwitchChange(kind: .dailyLoss, grade: .flatten, engaged: false, time: D.utc(9, 0),
                                                     actor: "risk", reason: "day roll UTC 00:00 at \(D.utc(9, 0))")])
        #expect(rolled.grade == nil && board.engaged.isEmpty)
    }

    @Test func stillLosingAtTheRollReleasesAndReengages() {
        var board = KillSwitchBoard(configuration: Self.config())
        _ = board.update(Self.snapshot(at: F.now, realised: "-1200"))
        // The new day's snapshot already shows a 1 000 loss: the day's release is recorded, then a
        // new engage; the grade never fell, so no second flatten.
        let report = board.update(Self.snapshot(at: D.utc(9, 1), realised: "-1000"))
        #expect(report.changes.map(\.engaged) == [false, true])
        #expect(report.engaged.first?.time == D.utc(9, 1))
        #expect(report.flattenOrders.isEmpty && report.grade == .flatten)
    }

    @Test func newYorkRoll() {
        var board = KillSwitchBoard(configuration: Self.config(roll: D.fxDay))
        _ = board.update(Self.snapshot(at: F.now, realised: "-1200"))
        // Engaged Friday 07:00 EST: the FX day ends at 17:00 EST = 22:00 UTC.
        #expect(board.update(Self.snapshot(at: D.utc(8, 21, 59, 59), realised: "0")).released.isEmpty)
        #expect(board.update(Self.snapshot(at: D.utc(8, 22), realised: "0")).released.first?.time == D.utc(8, 22))
    }

    @Test func manualReleaseOnceTheLossClears() throws {
        var board = KillSwitchBoard(configuration: Self.config())
        _ = board.update(Self.snapshot(at: F.now, realised: "-1200"))
        #expect(throws: KillSwitchError.self) { try board.release(.dailyLoss, actor: "ops", reason: "r", at: F.now) }
        // 1 200 lost then 300 won back: 900 < 1 000.
        _ = board.update(Self.snapshot(at: F.now, realised: "-900"))
        #expect(try board.release(.dailyLoss, actor: "ops", reason: "booking error fixed", at: F.now).engaged == false)
    }

    @Test func countsUnrealisedLossFromTheDayStartEquity() {
        var s = Self.snapshot(at: F.now, realised: "-200")
        s.dayStartEquity = F.usd("100000")
        s.account.equity = F.usd("98800")
        // 100 000 − 98 800 = 1 200 ≥ 1 000, though only 200 is realised.
        var board = KillSwitchBoard(configuration: Self.config())
        #expect(board.update(s).engaged.first?.reason
            == "equity loss today 1200.00 USD (day start 100000.00 USD, equity 98800.00 USD) ≥ limit 1000.00 USD")
        // Realised only: 200 < 1 000.
        var realisedOnly = KillSwitchBoard(configuration: Self.config(includeUnrealised: false))
        #expect(realisedOnly.update(s).grade == nil)
        // An unrealised gain offsets a realised loss: −1 200 realised, equity 99 100 → 900 < 1 000.
        s.dailyRealisedPnL = F.usd("-1200")
        s.account.equity = F.usd("99100")
        var board2 = KillSwitchBoard(configuration: Self.config())
        #expect(board2.update(s).grade == nil)
    }
}
