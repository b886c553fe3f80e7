import Testing
@testable import BallastData

@Suite struct FormatDetectorTests {
    func detect(_ text: String, name: String) -> Detection {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { FormatDetector.detect(path: name, head: $0) }
    }

    static let histDataRow = "20170102 020000;1.051550;1.051970;1.051550;1.051900;0\n"

    @Test func sharedLayoutIsUnsureWithAHint() throws {
        let detection = detect(Self.histDataRow, name: "/tmp/eurusd_minutes.csv")
        #expect(detection.format == .histdataM1 && detection.confidence == .unsure)
        #expect(detection.alternatives == [.ninjatrader])
        #expect(detection.hint?.contains("--format histdata-m1 or --format ninjatrader") == true)
        let error = ReaderFixture.failure(Self.histDataRow, name: "eurusd_minutes.csv")
        #expect(error?.code == .ambiguousFormat)
        #expect(error?.message.contains("--format ninjatrader") == true)
        let source = try ReaderFixture.source(Self.histDataRow, name: "eurusd_minutes.csv")
        #expect(try ReaderRegistry.read(source, acceptUnsure: true).format == .histdataM1)
        #expect(try ReaderRegistry.read(source, format: .ninjatrader).format == .ninjatrader)
    }

    @Test func fileNamesSettleTheSharedLayout() {
        #expect(detect(Self.histDataRow, name: "x/DAT_ASCII_EURUSD_M1_201701.csv").format == .histdataM1)
        #expect(detect(Self.histDataRow, name: "x/DAT_ASCII_EURUSD_M1_201701.csv").confidence == .certain)
        #expect(detect(Self.histDataRow, name: "ES 03-24.Last.txt").format == .ninjatrader)
        #expect(detect(Self.histDataRow, name: "spy_ninjatrader.csv").confidence == .certain)
    }

    @Test(arguments: [
        ("<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>\n2024.01.02\t00:00:00.000\t1\t1\t\t\t6\n", "t.csv", DataFormat.mt5Ticks),
        ("<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n", "b.csv", .mt5Bars),
        ("20200101 170000065,1.121200,1.121720,0\n", "ticks.csv", .histdataTicks),
        ("Local time,Open,High,Low,Close,Volume\n", "x.csv", .dukascopy),
        ("Date,Open,High,Low,Close,Adj Close,Volume\n", "x.csv", .yahoo),
        ("Date,Open,High,Low,Close,Volume\n2018-01-02,1,2,0.5,1.5,10\n", "aapl_us_d.csv", .stooq),
        ("observation_date,UNRATE\n1948-01-01,3.4\n", "x.csv", .fred),
        ("DATE,DGS10\n1962-01-02,4.06\n", "x.csv", .fred),
        ("1637971200000,0.00002853,0.00002854,0.00002851,0.00002854,36304.2,1637971259999,1.03,79,19523.0,0.55,0\n", "k.csv", .binance),
        ("timestamp,open,high,low,close\n2012-02-01 00:00:00+00:00,1,2,0.5,1.5\n", "x.csv", .generic),
        ("1315922016,5.8,1.0\n", "trades.csv", .generic),
    ])
    func detectsByHeaderAndRowShape(_ text: String, _ name: String, _ expected: DataFormat) {
        let detection = detect(text, name: name)
        #expect(detection.format == expected, "\(detection)")
        #expect(!detection.reason.isEmpty)
    }

    @Test func stooqHeaderWithoutStooqNameIsLikely() {
        let detection = detect("Date,Open,High,Low,Close,Volume\n2018-01-02,1,2,0.5,1.5,10\n", name: "prices.csv")
        #expect(detection.format == .stooq && detection.confidence == .likely && detection.alternatives == [.generic])
    }

    @Test func emptyBinaryAndUnknown() {
        #expect(detect("", name: "e.csv").format == nil)
        #expect(detect("PK\u{3}\u{4}\u{0}\u{0}binary", name: "book.xlsx").format == nil)
        let unknown = detect("hello world\nthis is prose\n", name: "notes.txt")
        #expect(unknown.format == nil && unknown.hint != nil)
        #expect(ReaderFixture.failure("hello world\nthis is prose\n")?.code == .unknownFormat)
        #expect(ReaderFixture.failure("PK\u{3}\u{4}\u{0}\u{0}binary")?.code == .binary)
        #expect(ReaderFixture.failure("")?.code == .empty)
    }

    @Test func everyFormatHasAReader() {
        for format in DataFormat.allCases { #expect(ReaderRegistry.reader(for: format).format == format) }
    }
}
