import BallastCore
import Testing
@testable import BallastData

@Suite struct SessionCalendarTests {
    static let catalog = try! InstrumentCatalog.shipped()

    static func calendar(_ symbol: String) throws -> SessionCalendar {
        catalog.calendar(for: try #require(catalog.instrument(symbol)))
    }

    static func utc(_ m: Int, _ d: Int, _ h: Int, _ min: Int = 0, year: Int = 2024) -> Timestamp {
        Timestamp(year: year, month: m, day: d, hour: h, minute: min)
    }

    /// FX opens Sunday 17:00 and closes Friday 17:00 New York: 22:00 UTC in winter, 21:00 in summer.
    @Test(arguments: [(1, 7, 12, 22), (7, 7, 12, 21)])
    func fxWeeklyOpenAndClose(month: Int, sunday: Int, friday: Int, utcHour: Int) throws {
        let fx = try Self.calendar("EURUSD")
        #expect(!fx.isOpen(at: Self.utc(month, sunday, utcHour - 1, 59)))
        #expect(fx.isOpen(at: Self.utc(month, sunday, utcHour)))
        #expect(fx.isOpen(at: Self.utc(month, friday, utcHour - 1, 59)))
        #expect(!fx.isOpen(at: Self.utc(month, friday, utcHour)))
        #expect(!fx.isOpen(at: Self.utc(month, friday + 1, 12)))
        #expect(fx.nextChange(after: Self.utc(month, friday, 3)) == Self.utc(month, friday, utcHour))
        #expect(fx.nextChange(after: Self.utc(month, friday + 1, 3)) == Self.utc(month, friday + 2, utcHour))
        #expect(fx.nextChange(after: Self.utc(month, friday, utcHour)) == Self.utc(month, friday + 2, utcHour))
    }

    @Test func indexDailyBreak() throws {
        let us500 = try Self.calendar("US500")
        // 17:00-18:00 New York: 22:00-23:00 UTC in January, 21:00-22:00 in July.
        #expect(us500.isOpen(at: Self.utc(1, 9, 21, 59)) && !us500.isOpen(at: Self.utc(1, 9, 22)))
        #expect(!us500.isOpen(at: Self.utc(1, 9, 22, 59)) && us500.isOpen(at: Self.utc(1, 9, 23)))
        #expect(us500.nextChange(after: Self.utc(1, 9, 22, 30)) == Self.utc(1, 9, 23))
        #expect(!us500.isOpen(at: Self.utc(7, 9, 21, 30)) && us500.isOpen(at: Self.utc(7, 9, 22)))
        // Sunday open is 18:00 New York, an hour after FX.
        #expect(!us500.isOpen(at: Self.utc(1, 7, 22, 30)) && us500.isOpen(at: Self.utc(1, 7, 23)))
        let gold = try Self.calendar("XAUUSD")
        #expect(!gold.isOpen(at: Self.utc(1, 9, 22, 30)) && gold.isOpen(at: Self.utc(1, 9, 23)))
        let ger40 = try Self.calendar("GER40")  // 01:15-22:00 Berlin
        #expect(!ger40.isOpen(at: Self.utc(1, 8, 0, 14)) && ger40.isOpen(at: Self.utc(1, 8, 0, 15)))
        #expect(ger40.isOpen(at: Self.utc(1, 8, 20, 59)) && !ger40.isOpen(at: Self.utc(1, 8, 21)))
        #expect(!ger40.isOpen(at: Self.utc(7, 8, 20, 30)) && ger40.isOpen(at: Self.utc(7, 8, 19, 59)))
        let uk100 = try Self.calendar("UK100")  // 01:00-21:00 London
        #expect(uk100.isOpen(at: Self.utc(1, 8, 20, 59)) && !uk100.isOpen(at: Self.utc(1, 8, 21)))
        #expect(!uk100.isOpen(at: Self.utc(7, 8, 20, 30)) && uk100.isOpen(at: Self.utc(7, 8, 0)))
        let jp225 = try Self.calendar("JP225")  // Tokyo 08:45-15:45 and 17:00-06:00, UTC+9
        #expect(jp225.isOpen(at: Self.utc(1, 9, 6, 44)) && !jp225.isOpen(at: Self.utc(1, 9, 6, 45)))
        #expect(jp225.isOpen(at: Self.utc(1, 9, 8)) && !jp225.isOpen(at: Self.utc(1, 9, 21, 30)))
        #expect(jp225.nextChange(after: Self.utc(1, 9, 21)) == Self.utc(1, 9, 23, 45))
        #expect(jp225.isOpen(at: Self.utc(1, 12, 20, 59)) && !jp225.isOpen(at: Self.utc(1, 13, 2)))
    }

    @Test func cryptoIsAlwaysOpen() throws {
        let btc = try Self.calendar("BTCUSD")
        for hour in stride(from: 0, to: 24 * 400, by: 7) {
            #expect(btc.isOpen(at: Self.utc(1, 1, 0) + Int64(hour) * 3600 * Timestamp.nanosPerSecond))
        }
        #expect(btc.nextChange(after: Self.utc(12, 31, 23, 59)) == SessionCalendar.never)
    }

    @Test func holidays() throws {
        let fx = try Self.calendar("EURUSD")
        #expect(fx.isOpen(at: Self.utc(12, 24, 21, 59)) && !fx.isOpen(at: Self.utc(12, 24, 22)))
        #expect(!fx.isOpen(at: Self.utc(12, 25, 12)) && fx.isOpen(at: Self.utc(12, 25, 22)))
        #expect(fx.nextChange(after: Self.utc(12, 24, 22)) == Self.utc(12, 25, 22))
        let us500 = try Self.calendar("US500")
        #expect(us500.isOpen(at: Self.utc(7, 4, 16, 59)) && !us500.isOpen(at: Self.utc(7, 4, 17)))
        #expect(!us500.isOpen(at: Self.utc(7, 4, 21, 59)) && us500.isOpen(at: Self.utc(7, 4, 22)))
        #expect(!us500.isOpen(at: Self.utc(3, 29, 14)))  // Good Friday
        #expect(us500.nextChange(after: Self.utc(3, 28, 21)) == Self.utc(3, 31, 22))
        let ger40 = try Self.calendar("GER40")
        #expect(!ger40.isOpen(at: Self.utc(5, 1, 10)) && ger40.isOpen(at: Self.utc(5, 2, 10)))
        let template = try SessionTemplate(
            name: "test", timeZone: "UTC", windows: SessionTemplate.alwaysOpen.windows,
            holidays: [.earlyClose(2024, 3, 1, hour: 12), .lateOpen(2024, 3, 4, hour: 9)])
        let custom = try SessionCalendar(template: template)
        #expect(custom.isOpen(at: Self.utc(3, 1, 11, 59)) && !custom.isOpen(at: Self.utc(3, 1, 12)))
        #expect(!custom.isOpen(at: Self.utc(3, 4, 8, 59)) && custom.isOpen(at: Self.utc(3, 4, 9)))
        #expect(custom.nextChange(after: Self.utc(3, 4, 9)) == SessionCalendar.never)
        #expect(throws: InstrumentSpecError.self) {
            try SessionCalendar(template: try SessionTemplate(name: "x", timeZone: "Mars/Olympus", windows: []))
        }
    }

    @Test func nextChangeCrossesYearEnds() throws {
        let plain = try SessionTemplate(name: "fx-no-holidays", timeZone: "America/New_York",
                                        windows: [SessionWindow(open: WeekTime(.sunday, hour: 17), close: WeekTime(.friday, hour: 17))])
        let fx = try SessionCalendar(template: plain)
        #expect(fx.isOpen(at: Self.utc(12, 31, 23, 59)) && fx.isOpen(at: Self.utc(1, 1, 0, year: 2025)))
        #expect(fx.nextChange(after: Self.utc(12, 30, 12)) == Self.utc(1, 3, 22, year: 2025))
        // A full week without holidays holds exactly five days of open minutes.
        var open = 0
        for minute in 0..<(7 * 1440) where fx.isOpen(at: Self.utc(3, 3, 0) + Int64(minute) * 60 * Timestamp.nanosPerSecond) {
            open += 1
        }
        #expect(open == 5 * 1440)
    }

    /// Walking `nextChange` through 2024 gives alternating states that agree with `isOpen` at
    /// every hour and half hour of the year, for every shipped session.
    @Test(arguments: ["fx", "cme-equity", "cme-metals", "ger40", "uk100", "jp225", "crypto"])
    func nextChangeAgreesWithIsOpen(session: String) throws {
        let template = try #require(Self.catalog.sessions[session])
        let calendar = try SessionCalendar(template: template)
        let probe = try SessionCalendar(template: template)  // a separate cache, asked out of order
        let start = Self.utc(1, 1, 0), end = Self.utc(1, 1, 0, year: 2025)
        var t = start
        var state = calendar.isOpen(at: t)
        var step = Int64(1800) * Timestamp.nanosPerSecond
        while t < end {
            let change = calendar.nextChange(after: t)
            #expect(change > t)
            var probeTime = t
            while probeTime < min(change, end) {
                #expect(probe.isOpen(at: probeTime) == state, "\(session) at \(probeTime)")
                probeTime = probeTime + step
            }
            if change >= end { break }
            #expect(calendar.isOpen(at: change) != state, "\(session) no change at \(change)")
            #expect(probe.isOpen(at: change + -1) == state)
            state.toggle()
            t = change
            step = step == 1800 * Timestamp.nanosPerSecond ? 3600 * Timestamp.nanosPerSecond : 1800 * Timestamp.nanosPerSecond
        }
    }
}
