import BallastCore
import Testing
@testable import BallastData

/// The layouts users export from pandas, spreadsheets and scripts.
@Suite struct GenericCSVReaderTests {
    @Test func fesxDateAndTimeSplitUnderASevenNameHeader() throws {
        let result = try ReaderFixture.real("other/FESX_M1_200601-200602_backtrader.csv.gz")
        let bar = ReaderFixture.bars(result)[0]
        #expect(bar.time.nanoseconds == ReaderFixture.ns(2006, 1, 2, 9, 1))
        #expect(bar.open == Price("3602")! && bar.close == Price("3599")! && bar.volume == 5699)
        #expect(result.notes.contains { $0.contains("one more field than the header") })
        #expect(result.notes.contains { $0.contains("read as UTC") })
    }

    @Test func headerlessEpochTradesAreTicksWithLastAndVolume() throws {
        let result = try ReaderFixture.real("other/bitstamp_BTCUSD_trades_2011-2012.csv.gz")
        let ticks = ReaderFixture.ticks(result)
        #expect(ticks.time[0] == 1_315_922_016 * 1_000_000_000)
        #expect(ticks[0].last == Price("5.8")! && ticks[0].volume == 1 && ticks[0].bid == nil)
        #expect(result.notes.contains { !$0.contains("read as UTC") } )
    }

    @Test func isoOffsetsAreApplied() throws {
        let result = try ReaderFixture.read("timestamp,open,high,low,close\n2012-02-01 02:00:00+02:00,1,2,0.5,1.5\n2012-02-01T00:01:00Z,1,2,0.5,1.5\n")
        #expect(ReaderFixture.bars(result).time == [ReaderFixture.ns(2012, 2, 1), ReaderFixture.ns(2012, 2, 1, 0, 1)])
        #expect(!result.notes.contains { $0.contains("no time zone") })
    }

    @Test func pandasIndexColumnAndExponents() throws {
        let text = ",time,open,high,low,close,tick_volume,spread,real_volume\n0,2024-01-02 00:00:00,1e-05,2.5E-5,0.00001,1.5e-05,12,3,0\n1,2024-01-02 00:01:00,1e-05,2.5E-5,0.00001,1.5e-05,12.0,3,0\n"
        let result = try ReaderFixture.read(text, name: "SHIB_M1.csv")
        let bars = ReaderFixture.bars(result)
        #expect(bars.time == [ReaderFixture.ns(2024, 1, 2), ReaderFixture.ns(2024, 1, 2, 0, 1)])
        #expect(bars[0].open == Price("0.00001")! && bars[0].high == Price("0.000025")! && bars[0].close == Price("0.000015")!)
        #expect(bars.tickVolume == [12, 12] && bars.spread == [3, 3])
        #expect(result.symbol == "SHIB" && result.timeframe == .m1)
    }

    @Test func unnamedIndexHoldingTimes() throws {
        let result = try ReaderFixture.read(",open,high,low,close\n2024-01-02 00:00:00,1,2,0.5,1.5\n")
        #expect(ReaderFixture.bars(result).time == [ReaderFixture.ns(2024, 1, 2)])
    }

    @Test(arguments: [
        ("Date;Open;High;Low;Close\n02.01.2024;1;2;0.5;1.5\n", ReaderFixture.ns(2024, 1, 2)),
        ("time\topen\thigh\tlow\tclose\n2024.01.02 03:04\t1\t2\t0.5\t1.5\n", ReaderFixture.ns(2024, 1, 2, 3, 4)),
        ("date|o|h|l|c|vol\n20240102|1|2|0.5|1.5|10\n", ReaderFixture.ns(2024, 1, 2)),
        ("Date,Open,High,Low,Close\n1/2/2024,1,2,0.5,1.5\n", ReaderFixture.ns(2024, 1, 2)),
        ("datetime,open,high,low,close\n2024/01/02T03:04:05.250Z,1,2,0.5,1.5\n", ReaderFixture.ns(2024, 1, 2, 3, 4, 5) + 250_000_000),
        ("ts,open,high,low,close\n1704164645250,1,2,0.5,1.5\n", ReaderFixture.ns(2024, 1, 2, 3, 4, 5) + 250_000_000),
        ("ts,open,high,low,close\n1704164645250000,1,2,0.5,1.5\n", ReaderFixture.ns(2024, 1, 2, 3, 4, 5) + 250_000_000),
        ("ts,open,high,low,close\n1704164645250000000,1,2,0.5,1.5\n", ReaderFixture.ns(2024, 1, 2, 3, 4, 5) + 250_000_000),
        ("\"Date\",\"Time\",\"Open\",\"High\",\"Low\",\"Close\"\n\"2024-01-02\",\"03:04:05\",\"1\",\"2\",\"0.5\",\"1.5\"\n", ReaderFixture.ns(2024, 1, 2, 3, 4, 5)),
    ])
    func dateLayoutsAndDelimiters(_ text: String, _ expected: Int64) throws {
        let result = try ReaderFixture.read(text)
        #expect(result.format == .generic)
        #expect(ReaderFixture.bars(result).time == [expected])
        #expect(ReaderFixture.bars(result)[0].close == Price("1.5")!)
    }

    @Test func bidAskTicksAndValues() throws {
        let ticks = ReaderFixture.ticks(try ReaderFixture.read("Gmt time,Bid,Ask\n2024-01-02 00:00:00.125,1.1,1.2\n2024-01-02 00:00:00.500,1.1,\n"))
        #expect(ticks.time[0] == ReaderFixture.ns(2024, 1, 2) + 125_000_000)
        #expect(ticks[1].ask == nil && ticks[1].bid == Price("1.1")!)
        let values = try ReaderFixture.read("date,value\n2024-01-02,1.5\n2024-01-03,nan\n")
        #expect(values.payload.count == 2 && ReaderFixture.values(values).value[1].isNaN)
    }

    @Test func dukascopyTickExportGoesThroughTheGenericReader() throws {
        let text = "Local time,Ask,Bid,AskVolume,BidVolume\r\n01.07.2024 00:00:00.123 GMT+0200,1.07152,1.07142,0.9,1.2\r\n"
        let result = try ReaderFixture.read(text, name: "EURUSD_Ticks_01.07.2024-01.07.2024.csv")
        #expect(result.format == .generic)
        let ticks = ReaderFixture.ticks(result)
        #expect(ticks.time == [ReaderFixture.ns(2024, 6, 30, 22) + 123_000_000])
        #expect(ticks[0].ask == Price("1.07152")! && ticks[0].bid == Price("1.07142")!)
    }

    @Test func zoneOptionAppliesToUnzonedTimes() throws {
        let athens = try #require(TimeZoneRule.named("UTC+2"))
        let result = try ReaderFixture.read("time,close\n2024-01-02 02:00,1.5\n", options: ReadOptions(zone: athens))
        #expect(ReaderFixture.values(result).time == [ReaderFixture.ns(2024, 1, 2)])
        #expect(result.notes.contains { $0.contains("UTC+2") })
    }

    @Test func nullPricesSkipTheBar() throws {
        let result = try ReaderFixture.read("Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,3\n2024-01-03,null,null,null,null,null\n",
                                      as: .generic)
        #expect(result.rowsRead == 2 && result.payload.count == 1)
        #expect(result.notes.contains { $0.contains("1 rows with missing prices") })
    }
}
