import BallastTestSupport
import BallastCore
import Foundation
import Testing
@testable import BallastData

@Suite struct CSVExporterTests {
    /// Reading the broker's file as UTC and exporting it as MT5 with 2 digits gives its exact bytes.
    @Test func mt5BarsRoundTripByteForByte() throws {
        let source = try ByteSource(path: TestData.path("mt5/XAUUSD_M5_20250102-20251027.csv.gz"))
        let original = Array(source.bytes)
        let bars = try ResamplerTests.mt5("M5")
        let exported = CSVExporter(layout: .mt5, digits: 2, zone: .utc).export(bars, timeframe: .m5)
        #expect(exported.count == original.count)
        #expect(exported == original)
    }

    @Test func mt5UsesServerClockAndOmitsTimeForDaily() throws {
        var bars = BarColumns()
        bars.append(Bar(time: Timestamp(year: 2024, month: 12, day: 31, hour: 22), open: Price("1.035")!, high: Price("1.04")!,
                        low: Price("1.03")!, close: Price("1.03549")!, tickVolume: 12, volume: 0, spread: 3))
        let zone = TimeZoneRule.fixed(seconds: 7200)
        let h1 = String(decoding: CSVExporter(layout: .mt5, digits: 4, zone: zone).export(bars, timeframe: .h1), as: UTF8.self)
        #expect(h1 == "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\r\n2025.01.01\t00:00:00\t1.0350\t1.0400\t1.0300\t1.0355\t12\t0\t3\r\n")
        let d1 = String(decoding: CSVExporter(layout: .mt5, digits: 5, zone: zone).export(bars, timeframe: .d1), as: UTF8.self)
        #expect(d1.hasSuffix("\r\n2025.01.01\t1.03500\t1.04000\t1.03000\t1.03549\t12\t0\t3\r\n"))
    }

    @Test func isoBarsTicksAndValues() throws {
        var bars = BarColumns()
        bars.append(Bar(time: Timestamp(year: 2024, month: 1, day: 2, hour: 9, minute: 30), open: Price("-0.5")!, high: Price("2")!,
                        low: Price("-1.25")!, close: Price("1")!, tickVolume: 7, volume: 1234.5678, spread: 0))
        let text = String(decoding: CSVExporter(layout: .isoUTC, digits: 2).export(bars), as: UTF8.self)
        #expect(text == "time,open,high,low,close,tick_volume,volume,spread\n2024-01-02T09:30:00Z,-0.50,2.00,-1.25,1.00,7,1234.5678,0\n")

        var ticks = TickColumns()
        ticks.append(time: Timestamp(year: 2020, month: 1, day: 1, hour: 22, nanosecond: 65_000_000).nanoseconds,
                     bid: Price("1.1212")!.raw, ask: TickColumns.missing, last: TickColumns.missing, volume: 0.1, flags: 2)
        let iso = String(decoding: CSVExporter(layout: .isoUTC, digits: 5).export(ticks), as: UTF8.self)
        #expect(iso == "time,bid,ask,last,volume,flags\n2020-01-01T22:00:00.065Z,1.12120,,,0.1,2\n")
        let mt5 = String(decoding: CSVExporter(layout: .mt5, digits: 5, zone: .fixed(seconds: -18000)).export(ticks), as: UTF8.self)
        #expect(mt5.hasSuffix("\r\n2020.01.01\t17:00:00.065\t1.12120\t\t\t0.1\t2\r\n"))

        var values = ValueColumns()
        values.append(time: Timestamp(year: 2021, month: 4, day: 2).nanoseconds, value: .nan)
        values.append(time: Timestamp(year: 2021, month: 4, day: 5).nanoseconds, value: 1.72)
        values.append(time: Timestamp(year: 2021, month: 4, day: 6).nanoseconds, value: 0.1 + 0.2)
        let v = String(decoding: CSVExporter(layout: .isoUTC, digits: 2).export(values), as: UTF8.self)
        #expect(v == "time,value\n2021-04-02T00:00:00Z,\n2021-04-05T00:00:00Z,1.72\n2021-04-06T00:00:00Z,0.30000000000000004\n")
    }

    @Test func exportsStoredSeries() throws {
        try withTempHome { home in
            let store = BarStore(home: home)
            let key = try SeriesKey.bars("XAUUSD", .h4)
            let bars = BarStoreTests.bars(from: Timestamp(year: 2023, month: 12, day: 30), count: 40, step: 14_400)
            _ = try store.importBars(bars, into: key, digits: 5, zone: "UTC")
            let exporter = CSVExporter(layout: .isoUTC, digits: 5)
            #expect(exporter.export(try store.bars(key)) == exporter.export(bars))
        }
    }
}
