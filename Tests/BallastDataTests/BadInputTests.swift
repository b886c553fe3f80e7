import BallastCore
import Testing
@testable import BallastData

/// Broken files: every reader names the problem (and the line and column) instead of crashing
/// or returning part of the data.
@Suite struct BadInputTests {
    /// A valid two-row file per format, its name, and the options it needs.
    static let samples: [(DataFormat, String, String)] = [
        (.mt5Bars, "EURUSD_M1_x.csv", "<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\n2024.01.02\t00:00:00\t1.1\t1.2\t1.0\t1.15\t5\t0\t2\n2024.01.02\t00:01:00\t1.1\t1.2\t1.0\t1.15\t5\t0\t2"),
        (.mt5Ticks, "EURUSD_t.csv", "<DATE>\t<TIME>\t<BID>\t<ASK>\t<LAST>\t<VOLUME>\t<FLAGS>\n2024.01.02\t00:00:00.100\t1.1\t1.2\t\t\t6\n2024.01.02\t00:00:00.200\t1.1\t1.2\t\t\t6"),
        (.histdataM1, "DAT_ASCII_EURUSD_M1_2017.csv", "20170102 020000;1.05155;1.05197;1.05155;1.0519;0\n20170102 020100;1.05155;1.05197;1.05155;1.0519;0"),
        (.histdataTicks, "DAT_ASCII_EURUSD_T_2020.csv", "20200101 170000065,1.121200,1.121720,0\n20200101 170010447,1.121200,1.121920,0"),
        (.ninjatrader, "SPY.Last.txt", "20110103 090100;126.35;126.39;126.35;126.39;1579\n20110103 090200;126.45;126.45;126.45;126.45;300"),
        (.dukascopy, "EURUSD_Candlestick_1_Hour_BID_x.csv", "Local time,Open,High,Low,Close,Volume\n01.01.2024 00:00:00.000 GMT+0100,1.10374,1.10374,1.10374,1.10374,0\n01.01.2024 01:00:00.000 GMT+0100,1.10374,1.10374,1.10374,1.10374,12.5"),
        (.yahoo, "SPY.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2010-01-04,1116.56,1133.87,1116.56,1132.99,1132.99,3991400000\n2010-01-05,1132.66,1136.63,1129.66,1136.52,1136.52,2491020000"),
        (.stooq, "spx_d.csv", "Date,Open,High,Low,Close,Volume\n1975-05-01,87.3,89.1,86.94,88.1,22955556\n1975-05-02,88.1,89.98,87.91,89.22,28011111"),
        (.binance, "BTCUSDT-1h-2022-01.csv", "1640995200000,46216.93,46731.39,46208.37,46656.13,1503.33,1640998799999,69879986.39,38608,806.06,37462156.91,0\n1640998800000,46656.14,46949.99,46574.06,46778.14,943.81,1641002399999,44127148.11,31872,491.18,22963272.85,0"),
        (.fred, "DGS10.csv", "DATE,DGS10\n1962-01-02,4.06\n1962-01-03,4.03"),
        (.generic, "prices.csv", "time,open,high,low,close\n2024-01-02 00:00:00,1.1,1.2,1.0,1.15\n2024-01-02 00:01:00,1.1,1.2,1.0,1.15"),
    ]

    static let options = ReadOptions(zone: .utc)

    func read(_ format: DataFormat, _ name: String, _ text: String, options: ReadOptions = BadInputTests.options) throws -> ReadResult {
        try ReaderRegistry.reader(for: format).read(try ReaderFixture.source(text, name: name), options: options)
    }

    func failure(_ format: DataFormat, _ name: String, _ text: String, options: ReadOptions = BadInputTests.options) -> DataReadError? {
        do { _ = try read(format, name, text, options: options); return nil } catch let error as DataReadError { return error } catch { return nil }
    }

    @Test(arguments: samples)
    func lastLineWithoutNewlineIsRead(_ format: DataFormat, _ name: String, _ text: String) throws {
        #expect(try read(format, name, text).rowsRead == 2)
        #expect(try read(format, name, text + "\r\n\n").rowsRead == 2)
        #expect(FormatDetector.detect(try ReaderFixture.source(text, name: name)).format == format)
    }

    @Test(arguments: samples)
    func lineCutInsideANumberNamesLineAndColumn(_ format: DataFormat, _ name: String, _ text: String) throws {
        // Cut the last row inside its first number (or, with one delimiter, inside the date).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = Array(lines[lines.count - 1].utf8)
        let delimiters = last.indices.filter { [9, 44, 59].contains(last[$0]) }
        let cut = delimiters.count >= 2 ? delimiters[0] + 2 : delimiters[0] - 3
        let truncated = lines.dropLast().joined(separator: "\n") + "\n" + String(decoding: last[..<cut], as: UTF8.self)
        let error = try #require(failure(format, name, truncated))
        #expect(error.code == .malformed)
        #expect(error.line == lines.count, "\(error)")
        #expect(error.column > cut - 1 && error.column <= cut + 1, "\(error)")
    }

    @Test(arguments: samples)
    func emptyAndHeaderOnly(_ format: DataFormat, _ name: String, _ text: String) throws {
        #expect(failure(format, name, "")?.code == .empty)
        #expect(failure(format, name, "\n\r\n")?.code == .empty)
        let first = String(text.split(separator: "\n")[0])
        let headerOnly = failure(format, name, first + "\n")
        if [.histdataM1, .histdataTicks, .ninjatrader].contains(format) || format == .binance {
            #expect(headerOnly == nil, "headerless formats read their one row")
        } else {
            #expect(headerOnly?.code == .headerOnly, "\(String(describing: headerOnly))")
        }
    }

    @Test(arguments: samples)
    func wrongDelimiterIsMalformed(_ format: DataFormat, _ name: String, _ text: String) throws {
        guard format != .generic else { return }  // the generic reader takes any delimiter
        let swapped = String(text.map { $0 == "," || $0 == "\t" || $0 == ";" ? "|" : $0 })
        let error = try #require(failure(format, name, swapped))
        #expect(error.code == .malformed, "\(error)")
    }

    @Test(arguments: samples)
    func garbageBytesAreBinary(_ format: DataFormat, _ name: String, _ text: String) throws {
        var bytes = Array(text.utf8)
        bytes.insert(contentsOf: [0x00, 0xFF, 0x01], at: bytes.count - 3)
        let source = try ByteSource(name: name, data: bytes)
        #expect {
            try ReaderRegistry.reader(for: format).read(source, options: Self.options)
        } throws: { ($0 as? DataReadError)?.code == .binary }
        let late = Array(text.utf8) + Array(repeating: UInt8(ascii: "\n"), count: 5000) + Array(text.split(separator: "\n").last!.utf8) + [0, 0, 7]
        #expect {
            try ReaderRegistry.reader(for: format).read(try ByteSource(name: name, data: late), options: Self.options)
        } throws: { ($0 as? DataReadError)?.code == .binary }
    }

    @Test(arguments: samples)
    func overLongLine(_ format: DataFormat, _ name: String, _ text: String) throws {
        let long = text + "\n" + String(text.split(separator: "\n").last!) + String(repeating: "9", count: 300)
        let error = try #require(failure(format, name, long, options: ReadOptions(zone: .utc, maxLineLength: 200)))
        #expect(error.code == .lineTooLong, "\(error)")
        #expect(error.line == 4 || error.line == 3, "\(error)")
    }
}
