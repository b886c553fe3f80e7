import BallastTestSupport
import BallastCore
import Foundation
import Testing
@testable import BallastData

/// The validator over real vendor files: good data must pass untouched and read sensibly.
@Suite struct ValidatorRealDataTests {
    @Test(.enabled(if: TestData.isAvailable)) func mt5EURUSDPassesWithWeekendsAsClosures() throws {
        let source = try ByteSource(path: TestData.path("mt5/EURUSD_M30_20200102-20210924.csv.gz"))
        let read = try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        // The broker's server week runs Monday 00:00 to Friday 24:00 on its own clock, read here as UTC.
        let validator = Validator(timeframe: read.timeframe, calendar: WeekdayCalendar(), zone: read.zone, digits: read.priceDigits)
        let outcome = validator.validate(read.payload)
        let report = outcome.report
        print(report.renderTable())
        #expect(!report.rejected && report.rowsIn == 21513 && report.rowsOut == 21513)
        #expect(outcome.cleaned == read.payload)
        let closures = report.findings(.expectedClosure)
        #expect(closures.count == 1 && closures[0].count >= 80)
        let missing = report.findings(.missingData).first
        #expect((missing?.count ?? 0) < 20)  // early Friday closes, Christmas, New Year, a few holes
        #expect(report.findings(.closedSessionBars).isEmpty && report.findings(.outOfOrder).isEmpty)
        #expect(report.findings(.spike).first.map { $0.count <= 3 } ?? true)
    }

    @Test(.enabled(if: TestData.isAvailable)) func mt5EURUSDWithAnFXCalendarInUTCNamesTheServerZone() throws {
        let source = try ByteSource(path: TestData.path("mt5/EURUSD_M30_20200102-20210924.csv.gz"))
        let read = try MT5BarsReader().read(source, options: ReadOptions(zone: .utc))
        // Real FX hours in UTC (Sunday 22:00 to Friday 22:00): the server-time bars read as UTC
        // then run two or three hours late, so Friday-evening bars fall after the close.
        let validator = Validator(timeframe: .m30, calendar: UTCForexCalendar(), zone: .utc, digits: 5)
        let report = validator.validate(read.payload).report
        print(report.renderTable())
        let closed = report.findings(.closedSessionBars).first
        #expect(closed != nil && !report.rejected)
        #expect(closed?.message.contains("try --tz UTC+2") == true || closed?.message.contains("try --tz UTC+3") == true)
    }

    @Test(.enabled(if: TestData.isAvailable)) func yahooGoldNullRowsAndWeekends() throws {
        let text = try String(contentsOfFile: TestData.path("yahoo/GC_F_1d_2014-2020_yahoo_with_nulls.csv"), encoding: .utf8)
        var values = ValueColumns()
        var bars = BarColumns()
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            guard f.count >= 5, let time = Timestamp(iso8601: f[0]) else { continue }
            values.append(time: time.nanoseconds, value: Double(f[4]) ?? .nan)
            if let o = Price(f[1]), let h = Price(f[2]), let l = Price(f[3]), let c = Price(f[4]) {
                bars.append(Bar(time: time, open: o, high: h, low: l, close: c))
            }
        }
        let valueReport = Validator(timeframe: .d1, calendar: nil, zone: .utc, digits: 2).validate(.values(values)).report
        #expect(valueReport.findings(.missingValue).first?.count == 328 && valueReport.rowsOut == values.count - 328)
        let barReport = Validator(timeframe: .d1, calendar: WeekdayCalendar(), zone: .utc, digits: 2).validate(.bars(bars)).report
        print(barReport.renderTable())
        #expect(!barReport.rejected && barReport.findings(.expectedClosure).first.map { $0.count > 250 } == true)
    }
}

/// Spot FX in UTC: Sunday 22:00 to Friday 22:00.
struct UTCForexCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool {
        let weekday = CivilCalendar.weekday(fromDays: time.days)
        let hour = (time.seconds % 86_400) / 3600
        switch weekday {
        case 6: return false
        case 0: return hour >= 22
        case 5: return hour < 22
        default: return true
        }
    }
}
