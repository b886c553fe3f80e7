import BallastCore
import Testing
@testable import BallastData

/// Daily bars against the real FX calendar: the FX week opens Sunday 17:00 New York (21:00 or
/// 22:00 UTC), but vendors stamp no Sunday D1 bar. Those two hours must not count as missing bars.
@Suite struct DailyGapTests {
    @Test func weekdayDailyBarsHaveNoMissingData() throws {
        let catalog = try InstrumentCatalog.shipped()
        let calendar = catalog.calendar(for: try #require(catalog.instrument("EURUSD")))
        var bars = BarColumns()
        let first = CivilCalendar.days(year: 2024, month: 3, day: 4)  // a Monday, across the US DST change
        for day in first..<(first + 21) where (1...5).contains(CivilCalendar.weekday(fromDays: day)) {
            let price = Price("1.1")!
            bars.append(Bar(time: Timestamp(nanoseconds: Int64(day) * Timestamp.nanosPerDay), open: price, high: price + Price("0.01")!,
                            low: price - Price("0.01")!, close: price))
        }
        let report = Validator(timeframe: .d1, calendar: calendar, zone: .utc, digits: 5).validate(.bars(bars)).report
        #expect(report.findings(.missingData).isEmpty, "\(report.renderTable())")
        #expect(report.findings(.expectedClosure).first?.count == 2)
        // A whole missing Wednesday is still missing.
        var holed = bars
        holed = holed.selecting(Array(holed.time.indices).filter { $0 != 2 })
        let holedReport = Validator(timeframe: .d1, calendar: calendar, zone: .utc, digits: 5).validate(.bars(holed)).report
        #expect(holedReport.findings(.missingData).first?.count == 1)
    }
}
