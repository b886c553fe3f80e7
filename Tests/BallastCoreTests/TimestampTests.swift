import Testing
@testable import BallastCore

@Suite struct TimestampTests {
    @Test func civilRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = CivilCalendar.date(fromDays: days)
            #expect(CivilCalendar.days(year: y, month: m, day: d) == days)
        }
    }

    @Test func weekdays() {
        #expect(CivilCalendar.weekday(fromDays: 0) == 4)  // 1970-01-01 was a Thursday
        #expect(CivilCalendar.weekday(fromDays: CivilCalendar.days(year: 2024, month: 1, day: 7)) == 0)
        #expect(CivilCalendar.weekday(fromDays: -1) == 3)
    }

    @Test func iso8601() {
        let t = Timestamp(year: 2024, month: 3, day: 10, hour: 7, minute: 5, second: 9, nanosecond: 120_000_000)
        #expect(t.iso8601 == "2024-03-10T07:05:09.12Z")
        #expect(Timestamp(iso8601: "2024-03-10T07:05:09.12Z") == t)
        #expect(Timestamp(iso8601: "2024-03-10 09:05:09.12+02:00") == t)
        #expect(Timestamp(iso8601: "2024-02-30") == nil)
        #expect(Timestamp(year: 1969, month: 12, day: 31, hour: 23).iso8601 == "1969-12-31T23:00:00Z")
    }

    @Test func mt5Bucketing() {
        let t = Timestamp(year: 2025, month: 1, day: 8, hour: 13, minute: 47)  // a Wednesday
        #expect(Timeframe.h4.bucketStart(localSeconds: t.seconds) == Timestamp(year: 2025, month: 1, day: 8, hour: 12).seconds)
        #expect(Timeframe.w1.bucketStart(localSeconds: t.seconds) == Timestamp(year: 2025, month: 1, day: 5).seconds)
        #expect(Timeframe.mn1.bucketStart(localSeconds: t.seconds) == Timestamp(year: 2025, month: 1, day: 1).seconds)
        #expect(Timeframe.h1.isMultiple(of: .m5) && !Timeframe.m5.isMultiple(of: .h1) && !Timeframe.mn1.isMultiple(of: .w1))
    }

    @Test func fixedPoint() {
        #expect(Price("1.10005")?.raw == 1_100_050_000)
        #expect(Price("5.800000000000")?.raw == 5_800_000_000)
        #expect(Price("0.0000000015")?.raw == 2)
        #expect(Price("1.2.3") == nil && Price("") == nil && Price("abc") == nil)
        #expect(Price("1.10005")!.formatted(digits: 5) == "1.10005")
        #expect(Price("2624.815")!.formatted(digits: 2) == "2624.82")
        #expect(Price("-0.5")!.description == "-0.5")
        let notional = Money.notional(Price("1.10005")!, Quantity("100000")!, currency: "USD")
        #expect(notional.formatted() == "110005.00 USD")
    }

    @Test func zoneRules() {
        // A zone at +2 that moves to +3 at 2024-03-31 01:00 UTC (the EU rule).
        let change = Timestamp(year: 2024, month: 3, day: 31, hour: 1).seconds
        let rule = TimeZoneRule(name: "EET", transitions: [change], offsets: [7200, 10_800])
        #expect(rule.utcSeconds(fromLocal: Timestamp(year: 2024, month: 3, day: 31, hour: 2).seconds) == change - 3600)
        #expect(rule.utcSeconds(fromLocal: Timestamp(year: 2024, month: 3, day: 31, hour: 4).seconds) == change)
        var converter = LocalTimeConverter(rule)
        for hour in stride(from: -48, through: 48, by: 1) {
            let local = change + 7200 + Int64(hour) * 3600
            #expect(converter.utcSeconds(fromLocal: local) == rule.utcSeconds(fromLocal: local))
        }
    }
}
