import Testing
@testable import BallastCore

@Suite struct InstrumentTests {
    static func eurusd(volumeMin: String = "0.01", volumeStep: String = "0.01", volumeMax: String = "100",
                       digits: Int = 5, tickSize: Price? = nil) throws -> Instrument {
        try Instrument(
            symbol: "EURUSD", assetClass: .fx, baseCurrency: "EUR", quoteCurrency: "USD", digits: digits,
            tickSize: tickSize, contractSize: Quantity(100_000), volumeMin: Quantity(volumeMin)!,
            volumeStep: Quantity(volumeStep)!, volumeMax: Quantity(volumeMax)!, marginRate: 0.0333,
            swapLong: Points("-7.2")!, swapShort: Points("2.1")!, tripleSwapDay: .wednesday,
            session: .alwaysOpen)
    }

    @Test func derivedFields() throws {
        let eurusd = try Self.eurusd()
        #expect(eurusd.point == Price("0.00001"))
        #expect(eurusd.tickSize == eurusd.point)
        #expect(eurusd.tickValue == Money("1", currency: "USD"))
        #expect(eurusd.swapPerLot(long: true) == Money("-7.2", currency: "USD"))
        #expect(eurusd.swapPerLot(long: false) == Money("2.1", currency: "USD"))
        #expect(eurusd.isValidVolume(Quantity("0.05")!))
        #expect(!eurusd.isValidVolume(Quantity("0.005")!) && !eurusd.isValidVolume(Quantity("0.015")!))
        #expect(!eurusd.isValidVolume(Quantity("100.01")!))
    }

    @Test func rejectsBadSpecs() {
        #expect(throws: InstrumentSpecError.self) { try Self.eurusd(volumeStep: "0") }
        #expect(throws: InstrumentSpecError.self) { try Self.eurusd(volumeMin: "2", volumeMax: "1") }
        #expect(throws: InstrumentSpecError.self) { try Self.eurusd(digits: 12) }
        #expect(throws: InstrumentSpecError.self) { try Self.eurusd(tickSize: Price("0.000015")) }
        do {
            _ = try Self.eurusd(volumeStep: "-0.01")
            Issue.record("a negative step was accepted")
        } catch {
            #expect((error as? InstrumentSpecError)?.field == "volumeStep")
        }
    }

    @Test func weekdaysAndClockTimes() throws {
        #expect(Weekday(name: "Wed") == .wednesday && Weekday(name: "FRIDAY") == .friday)
        #expect(Weekday(name: "We") == nil && Weekday(name: "Wedx") == nil)
        #expect(WeekTime(parsing: "Sun 17:00") == WeekTime(.sunday, hour: 17))
        #expect(WeekTime(parsing: "Sun 25:00") == nil && WeekTime(parsing: "17:00") == nil)
        #expect(SessionClock.minutes("9:30") == 570 && SessionClock.minutes("+9:30") == nil)
        #expect(try DailyBreak(parsing: "22:00-01:15").description == "22:00-01:15")
        #expect(throws: InstrumentSpecError.self) { try DailyBreak(parsing: "17:00-17:00") }
        #expect(throws: InstrumentSpecError.self) { try SessionHoliday.closed(2024, 2, 30) }
        #expect(try SessionHoliday.earlyClose(2024, 12, 24, hour: 13, minute: 15).description == "2024-12-24 closed 13:15-24:00")
    }

    @Test func sessionWindows() {
        let fx = SessionWindow(open: WeekTime(.sunday, hour: 17), close: WeekTime(.friday, hour: 17))
        #expect(fx.minutes == 5 * 1440)
        let wrap = SessionWindow(open: WeekTime(.friday, hour: 22), close: WeekTime(.monday, hour: 1))
        #expect(wrap.minutes == 3 * 1440 - 21 * 60)
        #expect(SessionTemplate.alwaysOpen.isOpenAllWeek)
    }
}
