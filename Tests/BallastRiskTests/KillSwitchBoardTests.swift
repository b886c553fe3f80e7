import BallastCore
import Testing
@testable import BallastRisk

@Suite struct KillSwitchBoardTests {
    typealias F = RiskFixtures

    static func working(_ id: String, _ side: OrderSide, _ size: String, _ type: OrderType) -> WorkingOrder {
        WorkingOrder(id: ClientOrderID(id), intent: OrderIntent(symbol: "EURUSD", side: side, quantity: F.lots(size), type: type))
    }

    /// Long 1 lot EURUSD with a buy limit (adds risk) and a protective sell stop working.
    static var snapshot: RiskSnapshot {
        var s = F.snapshot(positions: ["EURUSD": "1"])
        s.workingOrders = [working("S-add", .buy, "1", .limit(F.price("1.09"))), working("S-stop", .sell, "1", .stop(F.price("1.08")))]
        return s
    }

    @Test func dailyLossFlattens() {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration(dailyLoss: KillSwitchTrigger(limit: F.usd("1000"), grade: .flatten)))
        var s = Self.snapshot
        s.dailyRealisedPnL = F.usd("-1200")
        let report = board.update(s)
        // Loss 1 200 ≥ 1 000: flatten cancels every working order and sells the 1 lot.
        #expect(report.engaged == [KillSwitchChange(kind: .dailyLoss, grade: .flatten, engaged: true, time: F.now, actor: "risk",
                                                    reason: "realised loss today 1200.00 USD ≥ limit 1000.00 USD")])
        #expect(report.grade == .flatten)
        #expect(report.cancel == [ClientOrderID("S-add"), ClientOrderID("S-stop")])
        #expect(report.flatten == ["EURUSD"])
        #expect(report.flattenOrders == [OrderIntent(symbol: "EURUSD", side: .sell, quantity: F.lots("1"), tag: "kill switch flatten")])
        // The same snapshot again: still engaged, nothing new to do.
        let again = board.update(s)
        #expect(again.engaged.isEmpty && again.cancel.isEmpty && again.flattenOrders.isEmpty && again.grade == .flatten)
    }

    @Test func drawdownCancelsRiskIncreasingWorkingOrders() {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration(drawdown: KillSwitchTrigger(limit: 0.1, grade: .cancelWorking)))
        var s = Self.snapshot
        s.equityPeak = F.usd("120000")
        // (120 000 − 100 000) / 120 000 = 0.1667 ≥ 0.1.
        let report = board.update(s)
        #expect(report.engaged.first?.reason == "drawdown 0.1667 (peak 120000.00 USD, equity 100000.00 USD) ≥ limit 0.10")
        // The buy limit would add to the long; the sell stop protects it and stays.
        #expect(report.cancel == [ClientOrderID("S-add")])
        #expect(report.flatten.isEmpty)
        // Equity back to the peak: the switch stays latched until an operator releases it.
        s.account.equity = F.usd("120000")
        let recovered = board.update(s)
        #expect(recovered.released.isEmpty && recovered.grade == .cancelWorking)
    }

    @Test func consecutiveLossesStopNewOrders() {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration(consecutiveLosses: KillSwitchTrigger(limit: 5, grade: .stopNewOrders)))
        var s = Self.snapshot
        s.consecutiveLosses = 4
        #expect(board.update(s).grade == nil)
        s.consecutiveLosses = 5
        let report = board.update(s)
        #expect(report.engaged.first?.reason == "5 losses in a row ≥ limit 5")
        #expect(report.grade == .stopNewOrders && report.cancel.isEmpty && report.flattenOrders.isEmpty)
    }

    @Test func errorRateOverTheWindow() {
        let config = KillSwitchConfiguration(errorRate: KillSwitchTrigger(limit: 0.5, grade: .stopNewOrders), errorMinOrders: 4, errorWindowSeconds: 300)
        var board = KillSwitchBoard(configuration: config)
        var s = F.snapshot()
        s.ordersSent = EventWindow(seconds: 600)
        s.errors = EventWindow(seconds: 600)
        // 3 orders, 2 errors: 0.67 but fewer than the 4 orders needed to judge.
        for ago: Int64 in [400, 200, 100] { s.ordersSent.record(at: F.now + (-ago * Timestamp.nanosPerSecond)) }
        for ago: Int64 in [100, 50] { s.errors.record(at: F.now + (-ago * Timestamp.nanosPerSecond)) }
        // The order 400 s ago is outside the 300 s window: 2 orders counted.
        #expect(board.update(s).grade == nil)
        s.ordersSent.record(at: F.now + (-60 * Timestamp.nanosPerSecond))
        s.ordersSent.record(at: F.now)
        // 4 orders in the window, 2 errors: 2 / 4 = 0.5 ≥ 0.5.
        let report = board.update(s)
        #expect(report.engaged.first?.reason == "2 errors / 4 orders = 0.50 over 300 s ≥ limit 0.50")
    }

    @Test func staleDataOnlyWhileTheMarketIsOpen() {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration(staleDataSeconds: KillSwitchTrigger(limit: 30, grade: .stopNewOrders)))
        var s = F.snapshot()
        s.quotes["EURUSD"]?.time = F.now + (-45 * Timestamp.nanosPerSecond)
        // 45 s > 30 s on an open market.
        #expect(board.update(s).engaged.first?.reason == "EURUSD quote 45 s old > max 30 s while its market is open")
        // Saturday: every quote is old, but the markets are closed: the condition clears.
        var weekend = F.snapshot(at: Timestamp(year: 2024, month: 3, day: 9, hour: 12))
        weekend.quotes = F.quotes
        #expect(board.update(weekend).released.isEmpty)
        #expect(board.holding.isEmpty && board.engaged[.staleData] != nil)
    }

    @Test func mostSevereGradeWinsAndManualHalts() throws {
        var board = KillSwitchBoard(configuration: KillSwitchConfiguration(
            drawdown: KillSwitchTrigger(limit: 0.1, grade: .cancelWorking),
            consecutiveLosses: KillSwitchTrigger(limit: 3, grade: .stopNewOrders)))
        var s = Self.snapshot
        s.equityPeak = F.usd("120000")
        s.consecutiveLosses = 3
        #expect(board.update(s).grade == .cancelWorking)
        #expect(board.engagedGrades == [.drawdown: .cancelWorking, .consecutiveLosses: .stopNewOrders])
        // The operator escalates: flatten wins, and the actions come with the next update.
        let halt = try board.engageManual(grade: .flatten, actor: "ops@desk", reason: "broker outage", at: F.now)
        #expect(halt == KillSwitchChange(kind: .manual, grade: .flatten, engaged: true, time: F.now, actor: "ops@desk", reason: "broker outage"))
        let manual = board.update(s)
        #expect(manual.engaged.isEmpty)
        #expect(manual.grade == .flatten && manual.flatten == ["EURUSD"])
        #expect(board.engagedGrades[.manual] == .flatten)
    }

    @Test func engagedSwitchesGateOrders() {
        let manager = F.manager()
        var s = F.snapshot(positions: ["EURUSD": "2"])
        s.engagedKillSwitches = [.consecutiveLosses: .stopNewOrders]
        #expect(manager.evaluate(F.intent(.buy, "1"), in: s)
            == .reject(rule: "killSwitch", reason: "kill switch consecutiveLosses engaged (stopNewOrders): only reduce-only orders pass"))
        // Selling 1 of 2 long reduces: passes under stopNewOrders and cancelWorking.
        #expect(manager.evaluate(F.intent(.sell, "1"), in: s).accepted != nil)
        s.engagedKillSwitches = [.drawdown: .cancelWorking]
        #expect(manager.evaluate(F.intent(.sell, "1"), in: s).accepted != nil)
        // Selling 3 of 2 flips the position: adds risk.
        #expect(manager.evaluate(F.intent(.sell, "3"), in: s).rule == "killSwitch")
        // Under flatten nothing passes.
        s.engagedKillSwitches = [.dailyLoss: .flatten]
        #expect(manager.evaluate(F.intent(.sell, "1"), in: s).reason == "kill switch dailyLoss engaged (flatten): no orders pass")
    }

    @Test func gradesAreOrdered() {
        #expect(KillSwitchGrade.stopNewOrders < .cancelWorking && KillSwitchGrade.cancelWorking < .flatten)
    }
}
