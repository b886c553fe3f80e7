import BallastCore
import Testing
@testable import BallastData

/// The quirks of each vendor format, on the real samples where one exists.
@Suite struct VendorReaderTests {
    @Test func yahooNullRowsAreCountedButSkipped() throws {
        let result = try ReaderFixture.real("yahoo/GC_F_1d_2014-2020_yahoo_with_nulls.csv")
        #expect(result.rowsRead == 1920)
        #expect(result.payload.count == 1920 - 328)
        #expect(result.notes.contains { $0.contains("328 rows of 'null'") })
        #expect(result.timeframe == .d1)
    }

    @Test func yahooLegacyLayoutKeepsFileOrderAndIgnoresAdjClose() throws {
        let result = try ReaderFixture.real("yahoo/SPY_1d_2013_yahoo_legacy_desc.csv")
        let bars = ReaderFixture.bars(result)
        #expect(bars.time[0] == ReaderFixture.ns(2013, 12, 31))
        #expect(bars.time[bars.count - 1] == ReaderFixture.ns(2013, 1, 2))
        #expect(bars[0].close == Price("184.69")! && bars[0].volume == 86_119_900)
        #expect(result.notes.contains { $0.contains("newest first") })
        #expect(result.notes.contains { $0.contains("Adj Close was ignored") })
    }

    @Test func yahooUSDates() throws {
        let result = try ReaderFixture.read("Date,Open,High,Low,Close,Adj Close,Volume\n1/2/2019,10,11,9,10.5,10.4,100\n12/31/2019,1,2,0.5,1.5,1.4,7\n",
                                      name: "SPY.csv", as: .yahoo)
        #expect(ReaderFixture.bars(result).time == [ReaderFixture.ns(2019, 1, 2), ReaderFixture.ns(2019, 12, 31)])
        #expect(result.symbol == "SPY")
    }

    @Test func binanceMillisecondsAndMicrosecondsGiveTheSameTime() throws {
        let ms = "1735689600000,93576.00,93610.93,93537.50,93610.93,8.21827000,1735689659999,768978.9,1313,3.0,28.0,0\n"
        let us = "1735689600000000,93576.00,93610.93,93537.50,93610.93,8.21827000,1735689659999999,768978.9,1313,3.0,28.0,0\r\n"
        let a = try ReaderFixture.read(ms, name: "BTCUSDT-1m-2025-01-01.csv")
        let b = try ReaderFixture.read(us, name: "BTCUSDT-1m-2025-01-01.csv")
        #expect(a.format == .binance && b.format == .binance)
        #expect(ReaderFixture.bars(a).time == [ReaderFixture.ns(2025, 1, 1)])
        #expect(ReaderFixture.bars(a) == ReaderFixture.bars(b))
        #expect(b.notes.contains { $0.contains("microseconds") })
        #expect(a.timeframe == .m1 && a.symbol == "BTCUSDT")
        #expect(ReaderFixture.bars(a)[0].tickVolume == 1313 && ReaderFixture.bars(a)[0].volume == 8.21827)
    }

    @Test func binanceFuturesHeader() throws {
        let result = try ReaderFixture.real("binance/LINKUSDT-1m-2023-02.csv.gz")
        let bar = ReaderFixture.bars(result)[0]
        #expect(bar.time.nanoseconds == ReaderFixture.ns(2023, 2, 1))
        #expect(bar.open == Price("6.949")! && bar.volume == 30020.25 && bar.tickVolume == 471)
        #expect(FileNameHints.binance("BTCUSDT-1M-2022.csv").timeframe == .mn1)
    }

    @Test func fredDotAndEmptyAreMissing() throws {
        let legacy = ReaderFixture.values(try ReaderFixture.real("fred/legacy/DGS10.csv"))
        let current = ReaderFixture.values(try ReaderFixture.real("fred/current/DGS10.csv"))
        #expect(legacy.value.count { $0.isNaN } == 697)
        #expect(current.value.count { $0.isNaN } == 55)
        let inline = try ReaderFixture.read("DATE,GDP\n2020-01-01,.\n2020-04-01,19.5\n", as: .fred)
        #expect(inline.symbol == "GDP" && inline.rowsRead == 2)
        #expect(ReaderFixture.values(inline).value[0].isNaN && ReaderFixture.values(inline).value[1] == 19.5)
    }

    @Test func dukascopyAppliesEachRowsOffset() throws {
        let text = "Local time,Open,High,Low,Close,Volume\r\n31.03.2024 01:00:00.000 GMT+0100,1.1,1.1,1.1,1.1,0\r\n31.03.2024 03:00:00.000 GMT+0200,1.2,1.2,1.2,1.2,12.5\r\n"
        let result = try ReaderFixture.read(text, name: "EURUSD_Candlestick_1_Hour_BID_x.csv")
        #expect(ReaderFixture.bars(result).time == [ReaderFixture.ns(2024, 3, 31, 0), ReaderFixture.ns(2024, 3, 31, 1)])
        #expect(result.symbol == "EURUSD" && result.timeframe == .h1 && ReaderFixture.bars(result).volume[1] == 12.5)
        let real = ReaderFixture.bars(try ReaderFixture.real("dukascopy/EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz"))
        #expect(zip(real.time, real.time.dropFirst()).allSatisfy { $0 < $1 }, "per-row offsets leave no duplicate or backward hour")
        let sp = try ReaderFixture.real("dukascopy/USA500.IDXUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz")
        #expect(sp.symbol == "USA500.IDXUSD")
    }

    @Test func histDataIsESTWithoutDST() throws {
        let july = try ReaderFixture.read("20170703 120000;1.1;1.2;1.0;1.1;0\n", name: "DAT_ASCII_EURUSD_M1_201707.csv")
        #expect(ReaderFixture.bars(july).time == [ReaderFixture.ns(2017, 7, 3, 17)])
        let real = try ReaderFixture.real("histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz")
        #expect(ReaderFixture.bars(real).time[0] == ReaderFixture.ns(2017, 1, 2, 7))
        let overridden = try ReaderFixture.read("20170703 120000;1.1;1.2;1.0;1.1;0\n", name: "DAT_ASCII_EURUSD_M1_201707.csv",
                                          options: ReadOptions(zone: .utc))
        #expect(ReaderFixture.bars(overridden).time == [ReaderFixture.ns(2017, 7, 3, 12)])
        let ticks = ReaderFixture.ticks(try ReaderFixture.real("histdata/DAT_ASCII_EURUSD_T_202001_head9500.csv.gz"))
        #expect(ticks.time[0] == ReaderFixture.ns(2020, 1, 1, 22) + 65_000_000)
        #expect(ticks[0].bid == Price("1.1212")! && ticks[0].ask == Price("1.12172")! && ticks[0].last == nil)
    }

    @Test func ninjaTraderAssumesUTCAndSaysSo() throws {
        let result = try ReaderFixture.real("ninjatrader/SPY_M1_201101_ninjatrader.csv.gz")
        #expect(ReaderFixture.bars(result).time[0] == ReaderFixture.ns(2011, 1, 3, 9, 1))
        #expect(result.notes.contains { $0.contains("assumed UTC") && $0.contains("--tz") })
        #expect(ReaderFixture.bars(result)[0].volume == 1579)
    }

    @Test func stooqRowWithoutVolume() throws {
        let result = try ReaderFixture.real("stooq/spx_d.csv")
        let bars = ReaderFixture.bars(result)
        #expect(bars.volume[bars.count - 1] == 0 && bars.close[bars.count - 1] == Price("2663.42")!.raw)
        #expect(result.symbol == "SPX" && result.timeframe == .d1)
    }

    @Test func mt5TicksCarryUnchangedPricesForward() throws {
        let text = """
        <DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>
        2024.03.01\t09:00:00.120\t1.08010\t1.08020\t\t\t6
        2024.03.01\t09:00:00.348\t\t1.08022\t\t\t4
        2024.03.01\t09:00:01.002\t1.08012\t\t\t\t2
        2024.03.01\t09:00:01.500\t1.08013\t1.08021\t\t\t6

        """
        let result = try ReaderFixture.read(text, name: "EURUSD_ticks.csv", options: ReadOptions(zone: .fixed(seconds: 7200)))
        #expect(result.format == .mt5Ticks)
        let ticks = ReaderFixture.ticks(result)
        #expect(ticks.bid.map { Price(raw: $0) } == ["1.0801", "1.0801", "1.08012", "1.08013"].map { Price($0)! })
        #expect(ticks.ask.map { Price(raw: $0) } == ["1.0802", "1.08022", "1.08022", "1.08021"].map { Price($0)! })
        #expect(ticks.last.allSatisfy { $0 == TickColumns.missing })
        #expect(ticks.time[1] == ReaderFixture.ns(2024, 3, 1, 7) + 348_000_000)
        #expect(ticks.flags == [6, 4, 2, 6])
        #expect(result.notes.contains { $0.contains("2 ticks") && $0.contains("carried forward") })
        #expect(ReaderFixture.failure(text, name: "t.csv")?.code == .needsTimeZone)
    }
}
