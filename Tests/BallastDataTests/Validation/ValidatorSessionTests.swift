import BallastCore
import Testing
@testable import BallastData

@Suite struct ValidatorSessionTests {
    let hour = 3600 * Timestamp.nanosPerSecond

    /// Hourly bars from Thursday 00:00 to the next Tuesday 23:00, weekdays only, minus `skipping` hours.
    func weekdayBars(skipping: Set<Int> = []) -> BarColumns {
        let thursday = Fixture.monday + 3 * 24 * hour
        var times: [Timestamp] = []
        for h in 0..<(6 * 24) where !skipping.contains(h) {
            let t = thursday + Int64(h) * hour
            if WeekdayCalendar().isOpen(at: t) { times.append(t) }
        }
        return BarColumns(times.map { Fixture.bar($0, "1.1000", "1.1010", "1.0990", "1.1005") })
    }

    @Test func weekendIsAnExpectedClosureAndAMissingHourIsMissingData() {
        let outcome = Fixture.validator(timeframe: .h1).validate(.bars(weekdayBars(skipping: [30, 31])))
        let closures = outcome.report.findings(.expectedClosure)
        #expect(closures.count == 1 && closures[0].count == 1 && closures[0].action == .report)
        #expect(closures[0].examples[0].time == "2024-01-13T00:00:00Z")
        let missing = outcome.report.findings(.missingData)
        #expect(missing.count == 1 && missing[0].count == 1)
        #expect(missing[0].examples[0].detail == "no data from 2024-01-12T06:00:00Z to 2024-01-12T08:00:00Z (2 bars missing)")
        #expect(missing[0].message.contains("2 bars missing"))
        #expect(!outcome.report.rejected && outcome.report.notes.isEmpty)
    }

    @Test func withoutACalendarGapsAreUnclassified() {
        let outcome = Fixture.validator(timeframe: .h1, calendar: nil).validate(.bars(weekdayBars(skipping: [30])))
        let missing = outcome.report.findings(.missingData)
        #expect(missing.count == 1 && missing[0].count == 2 && missing[0].message.contains("unclassified"))
        #expect(outcome.report.findings(.expectedClosure).isEmpty)
        #expect(outcome.report.notes.contains { $0.contains("no trading calendar") })
    }

    @Test func tickGapsUseTheConfiguredThreshold() {
        var ticks = TickColumns()
        let friday = Fixture.monday + 4 * 24 * hour
        for minutes: Int64 in [0, 1, 2, 40, 55, 24 * 60 * 2 + 65] {
            ticks.append(Tick(time: friday + 23 * hour + minutes * 60 * Timestamp.nanosPerSecond,
                              bid: Fixture.p("1.1"), ask: Fixture.p("1.1001")))
        }
        let outcome = Fixture.validator(timeframe: nil).validate(.ticks(ticks))
        #expect(outcome.report.findings(.missingData).first?.count == 1)  // 23:02 → 23:40, open
        #expect(outcome.report.findings(.expectedClosure).first?.count == 1)  // 23:55 → Monday 00:05
        var policy = ValidationPolicy()
        policy.tickGapSeconds = 3600
        let relaxed = Fixture.validator(policy, timeframe: nil).validate(.ticks(ticks)).report
        #expect(relaxed.findings(.missingData).isEmpty && relaxed.findings(.expectedClosure).first?.count == 1)
    }

    @Test func staleRunIsReportedWhileOpen() {
        var bars = BarColumns(Fixture.series(from: Fixture.monday, step: 3600, closes: Fixture.walk(40)))
        for i in 10..<22 { bars.open[i] = 110_000_000_0; bars.high[i] = 110_000_000_0; bars.low[i] = 110_000_000_0; bars.close[i] = 110_000_000_0 }
        let outcome = Fixture.validator(timeframe: .h1).validate(.bars(bars))
        let stale = outcome.report.findings(.staleRun)
        #expect(stale.count == 1 && stale[0].count == 1 && stale[0].examples[0].row == 11)
        #expect(stale[0].message.contains("12 bars in all"))
        var policy = ValidationPolicy()
        policy[.staleRun] = .drop
        #expect(Fixture.validator(policy, timeframe: .h1).validate(.bars(bars)).cleaned.count == 40 - 11)
    }

    @Test func barsInClosedSessionsNameTheZoneShift() {
        // Office-hours bars written in UTC+3 but read as UTC: every bar is three hours late.
        let late = 3 * hour
        var times: [Timestamp] = []
        for day in 0..<5 { for h in 9..<17 { times.append(Fixture.monday + Int64(day * 24 + h) * hour + late) } }
        let bars = BarColumns(times.map { Fixture.bar($0, "1.1000", "1.1010", "1.0990", "1.1005") })
        let outcome = Fixture.validator(timeframe: .h1, calendar: OfficeHoursCalendar()).validate(.bars(bars))
        let closed = outcome.report.findings(.closedSessionBars)
        #expect(closed.count == 1 && closed[0].count == 15)
        #expect(closed[0].message.contains("15 of 40 bars fall when the market is closed"))
        #expect(closed[0].message.contains("try --tz UTC+3"))
        #expect(!outcome.report.rejected)
    }

    @Test func suggestedZoneFollowsTheReadZone() {
        var validator = Fixture.validator()
        validator.zone = .fixed(seconds: 7200)
        #expect(validator.suggestedZone(shiftHours: 1, at: 0) == "UTC+1")
        validator.zone = TimeZoneRule.named("NY+7")!
        #expect(validator.suggestedZone(shiftHours: -1, at: 0) == "NY+8")
    }
}
