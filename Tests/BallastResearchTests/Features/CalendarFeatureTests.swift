import BallastCore
import BallastResearch
import Foundation
import Testing

/// Calendar and session flags in UTC with daylight saving, and cross-instrument alignment.
@Suite struct CalendarFeatureTests {
    func bar(_ time: Timestamp, close: Double = 1) -> Bar {
        let p = Price(approximating: close)
        return Bar(time: time, open: p, high: p, low: p, close: p)
    }

    @Test func calendarColumns() {
        var f = CalendarFeature()
        f.update(bar(Timestamp(year: 2024, month: 3, day: 10, hour: 13, minute: 45)))   // a Sunday
        #expect([f.value(0), f.value(1), f.value(2)] == [13, 0, 3])
    }

    /// Columns: tokyo, london, newyork, overlap_london_newyork.
    func sessions(_ time: Timestamp) throws -> [Double] {
        var f = try SessionFeature(sessions: [.tokyo, .london, .newYork], overlaps: [["london", "newyork"]])
        f.update(bar(time))
        return (0..<4).map { f.value($0) }
    }

    @Test func londonFollowsBritishSummerTime() throws {
        // 07:30 UTC is 08:30 BST in July (open) but 07:30 GMT in January (closed); it is 16:30
        // in Tokyo (open until 18:00).
        #expect(try sessions(Timestamp(year: 2024, month: 7, day: 3, hour: 7, minute: 30)) == [1, 1, 0, 0])
        #expect(try sessions(Timestamp(year: 2024, month: 1, day: 3, hour: 7, minute: 30)) == [1, 0, 0, 0])
        // 01:00 UTC is 10:00 in Tokyo (no DST).
        #expect(try sessions(Timestamp(year: 2024, month: 1, day: 3, hour: 1)) == [1, 0, 0, 0])
    }

    @Test func londonNewYorkOverlapMovesWithBothZones() throws {
        // 12:30 UTC: 08:30 EDT in July (overlap) but 07:30 EST in January (New York still shut).
        #expect(try sessions(Timestamp(year: 2024, month: 7, day: 3, hour: 12, minute: 30)) == [0, 1, 1, 1])
        #expect(try sessions(Timestamp(year: 2024, month: 1, day: 3, hour: 12, minute: 30)) == [0, 1, 0, 0])
        // 12 March 2024: New York is on EDT (from 10 March), London not yet on BST (31 March).
        #expect(try sessions(Timestamp(year: 2024, month: 3, day: 12, hour: 12, minute: 30)) == [0, 1, 1, 1])
        #expect(try sessions(Timestamp(year: 2024, month: 3, day: 5, hour: 12, minute: 30)) == [0, 1, 0, 0])
        // 16:30 UTC on 12 March is 16:30 in London (open) and 12:30 in New York.
        #expect(try sessions(Timestamp(year: 2024, month: 3, day: 12, hour: 16, minute: 30)) == [0, 1, 1, 1])
    }

    @Test func weekendsAreClosedAndOvernightSessionsWrap() throws {
        #expect(try sessions(Timestamp(year: 2024, month: 7, day: 6, hour: 10)) == [0, 0, 0, 0])   // Saturday
        let sydney = SessionHours(name: "sydney", timeZone: "UTC", open: "22:00", close: "07:00")
        var f = try SessionFeature(sessions: [sydney], overlaps: [])
        f.update(bar(Timestamp(year: 2024, month: 7, day: 2, hour: 3)))   // Tuesday 03:00: opened Monday 22:00
        #expect(f.value(0) == 1)
        f.update(bar(Timestamp(year: 2024, month: 7, day: 1, hour: 3)))   // Monday 03:00: would have opened Sunday
        #expect(f.value(0) == 0)
    }

    @Test func sessionErrorsNameTheField() {
        let bad = SessionHours(name: "x", timeZone: "Mars/Olympus", open: "08:00", close: "17:00")
        #expect(throws: FeatureSpecError("sessions[0].timeZone", "unknown time zone 'Mars/Olympus'")) {
            try SessionFeature(sessions: [bad], overlaps: [])
        }
        #expect(throws: FeatureSpecError.self) { try SessionFeature(sessions: [.london], overlaps: [["london", "tokyo"]]) }
    }

    @Test func crossReturnsUseOnlyBarsClosedByThePrimaryClose() {
        // Primary M1 bars open 10:00, 10:01, 10:02 (close 10:01, 10:02, 10:03). Other M1 bars
        // open at the same minutes with closes 50, 51, 53, and one opening 10:03 (close 10:04).
        let t = { (m: Int) in Timestamp(year: 2024, month: 7, day: 3, hour: 10, minute: m) }
        var f = CrossReturnFeature(name: "B", instrument: 0, horizons: [1], primaryTimeframe: .m1, otherTimeframe: .m1)
        #expect(f.columnNames == ["x_B_logret_1"])
        for (m, c) in [(0, 50.0), (1, 51), (2, 53), (3, 99)] { f.observe(bar(t(m), close: c), instrument: 0) }
        f.observe(bar(t(0), close: 7), instrument: 1)   // another instrument: ignored
        var values: [Double] = []
        for m in 0..<3 {
            f.update(bar(t(m)))
            values.append(f.value(0))
        }
        #expect(values[0].isNaN)   // only the 10:00 bar has closed
        #expect(values[1] == log(51.0 / 50) && values[2] == log(53.0 / 51))
    }

    @Test func aLongerOtherBarCountsOnlyOnceClosed() {
        // An M5 bar opening 10:00 closes 10:05: the M1 bar opening 10:03 (close 10:04) cannot
        // see it; the one opening 10:04 (close 10:05) can.
        let t = { (m: Int) in Timestamp(year: 2024, month: 7, day: 3, hour: 10, minute: m) }
        var f = CrossReturnFeature(name: "B", instrument: 0, horizons: [1], primaryTimeframe: .m1, otherTimeframe: .m5)
        f.observe(bar(t(-5), close: 50), instrument: 0)
        f.observe(bar(t(0), close: 55), instrument: 0)
        f.update(bar(t(3)))
        #expect(f.value(0).isNaN)
        f.update(bar(t(4)))
        #expect(f.value(0) == log(55.0 / 50))
    }
}
