import BallastTestSupport
import Foundation
import Testing

/// Files a user gets wrong: each ends with its documented exit code and a message naming the
/// file (and the line and column where one applies), and leaves nothing in the store.
@Suite(.enabled(if: TestData.isAvailable)) struct ImportFailureCLITests {
    /// Imports `path`, expects `status`, and checks that the store holds no series afterwards.
    private func importFails(_ scratch: Scratch, _ arguments: [String], status: Int32) throws -> CLIResult {
        let result = try scratch.ballast(["data", "import"] + arguments)
        #expect(result.status == status, "\(result)")
        #expect(try scratch.storedSeries() == [], "a failed import left a series behind")
        return result
    }

    @Test func mt5WithoutZoneIsAConfigurationError() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_sample.csv", try Samples.mt5Lines().flatMap { $0 })
            let result = try importFails(scratch, [file], status: 5)
            #expect(result.err.contains("XAUUSD_H4_sample.csv") && result.err.contains("--tz"), "\(result)")
            let json = try importFails(scratch, [file, "--json"], status: 5)
            #expect(try json.json([ImportedFile].self).first?.error?.code == "needsTimeZone")
        }
    }

    @Test func unknownZoneIsAConfigurationError() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_sample.csv", try Samples.mt5Lines().flatMap { $0 })
            let result = try importFails(scratch, [file, "--tz", "Mars/Olympus_Mons"], status: 5)
            #expect(result.err.contains("Mars/Olympus_Mons"), "\(result)")
        }
    }

    @Test(arguments: [
        ("empty.csv", [UInt8]()),
        ("XAUUSD_H4_header_only.csv", Array("<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>\r\n".utf8)),
        ("noise_1.csv", Samples.randomBytes(3_000, seed: 1)),
        ("noise_2.csv", Samples.randomBytes(200, seed: 2)),
    ])
    func unreadableFileIsAnInputError(_ name: String, _ bytes: [UInt8]) throws {
        try Scratch.with { scratch in
            let file = try scratch.write(name, bytes)
            let result = try importFails(scratch, [file, "--tz", "UTC"], status: 1)
            #expect(result.err.contains("error: \(file):"), "\(result)")
        }
    }

    @Test func truncatedGzipIsAnInputError() throws {
        try Scratch.with { scratch in
            let compressed = Array(try Data(contentsOf: URL(fileURLWithPath: TestData.path("mt5/XAUUSD_M5_20250102-20251027.csv.gz"))))
            let file = try scratch.write("XAUUSD_M5_cut.csv.gz", Array(compressed.prefix(compressed.count / 3)))
            let result = try importFails(scratch, [file, "--tz", "UTC"], status: 1)
            #expect(result.err.contains(file), "\(result)")
        }
    }

    /// A row cut mid-number (an interrupted download or a bad edit), in each vendor layout that
    /// has columns after the cut.
    @Test(arguments: [
        Samples.xauH4, "histdata/DAT_ASCII_EURUSD_M1_201701.csv.gz", "yahoo/ORCL_1d_1995-2014_yahoo.csv",
        "binance/BTCUSDT-1h-2022-01.csv", "dukascopy/EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz",
        "ninjatrader/SPY_M1_201101_ninjatrader.csv.gz", "other/FESX_M1_200601-200602_backtrader.csv.gz",
    ])
    func truncatedRowNamesFileLineAndColumn(_ source: String) throws {
        try Scratch.with { scratch in
            let (bytes, column) = Samples.truncatingRow(9, of: try RealFile.head(source, lines: 30))
            let name = String(source.split(separator: "/").last!).replacingOccurrences(of: ".gz", with: "")
            let file = try scratch.write(name, bytes)
            let options = source.hasPrefix("mt5/") ? ["--tz", "UTC"] : []
            let result = try importFails(scratch, [file] + options, status: 1)
            #expect(result.err.contains("\(file):10:\(column):"), "\(result)")
            let json = try importFails(scratch, [file, "--json"] + options, status: 1)
            let failure = try json.json([ImportedFile].self).first?.error
            #expect(failure?.line == 10 && failure?.column == column, "\(json)")
        }
    }

    @Test func conflictingDuplicatesAreRejected() throws {
        try Scratch.with { scratch in
            let file = try scratch.write("XAUUSD_H4_conflict.csv", try Samples.mt5ConflictingDuplicate())
            let result = try importFails(scratch, [file, "--tz", "UTC"], status: 3)
            #expect(result.out.contains("conflictingDuplicate") && result.out.contains("REJECTED"), "\(result)")
            // stderr alone says which file was refused and why, as for files that fail to read.
            #expect(result.err.contains("error: \(file): validation rejected the data (conflictingDuplicate)"), "\(result)")
            let json = try importFails(scratch, [file, "--tz", "UTC", "--json"], status: 3)
            let outcome = try json.json([ImportedFile].self).first
            #expect(outcome?.status == "rejected" && outcome?.stored == 0)
            #expect(outcome?.findings.contains { $0.kind == "conflictingDuplicate" && $0.action == "reject" } == true)
        }
    }
}
