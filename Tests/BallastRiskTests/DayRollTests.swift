import BallastCore
import Testing
@testable import BallastRisk

@Suite struct DayRollTests {
    /// America/New_York around 2024, by hand: EST (−5 h) until 2024-03-10 07:00 UTC (02:00 EST),
    /// EDT (−4 h) until 2024-11-03 06:00 UTC (02:00 EDT).
    static let newYork = TimeZoneRule(
        name: "America/New_York",
        transitions: [Timestamp(year: 2023, month: 11, day: 5, hour: 6).seconds, Timestamp(year: 2024, month: 3, day: 10, hour: 7).seconds,
                      Timestamp(year: 2024, month: 11, day: 3, hour: 6).seconds],
        offsets: [-4 * 3600, -5 * 3600, -4 * 3600, -5 * 3600])
    static let fxDay = DayRoll(zone: newYork, hour: 17)

    static func utc(_ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Timestamp {
        Timestamp(year: 2024, month: 3, day: day, hour: hour, minute: minute, second: second)
    }

    @Test func utcMidnight() {
        let roll = DayRoll.utcMidnight
        #expect(roll.start(ofDayContaining: Self.utc(8, 12)) == Self.utc(8, 0))
        #expect(roll.next(after: Self.utc(8, 12)) == Self.utc(9, 0))
        // At the roll itself a new day has begun.
        #expect(roll.start(ofDayContaining: Self.utc(9, 0)) == Self.utc(9, 0))
        #expect(roll.next(after: Self.utc(9, 0)) == Self.utc(10, 0))
        #expect(roll.description == "UTC 00:00")
    }

    @Test func newYorkFivePM() {
        // Friday 12:00 UTC is 07:00 EST: the day began Thursday 17:00 EST = 22:00 UTC.
        #expect(Self.fxDay.start(ofDayContaining: Self.utc(8, 12)) == Self.utc(7, 22))
        #expect(Self.fxDay.next(after: Self.utc(8, 12)) == Self.utc(8, 22))
        #expect(Self.fxDay.next(after: Self.utc(8, 21, 59, 59)) == Self.utc(8, 22))
        #expect(Self.fxDay.next(after: Self.utc(8, 22)) == Self.utc(9, 22))
        #expect(Self.fxDay.description == "America/New_York 17:00")
    }

    @Test func acrossTheSpringForward() {
        // Saturday 23:00 UTC is 18:00 EST; the next 17:00 is Sunday's, in EDT: 21:00 UTC.
        #expect(Self.fxDay.next(after: Self.utc(9, 23)) == Self.utc(10, 21))
        // Sunday 20:59 UTC (16:59 EDT) is still in the day that began Saturday 22:00 UTC.
        #expect(Self.fxDay.start(ofDayContaining: Self.utc(10, 20, 59)) == Self.utc(9, 22))
        #expect(Self.fxDay.start(ofDayContaining: Self.utc(10, 21)) == Self.utc(10, 21))
        // 23 hours that day.
        #expect(Self.utc(10, 21).seconds - Self.utc(9, 22).seconds == 23 * 3600)
    }
}
