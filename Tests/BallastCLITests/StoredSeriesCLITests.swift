import BallastTestSupport
import Foundation
import Testing

/// A real MT5 export through the store and back out: `ls`, `show`, `export` in MT5 layout
/// (byte-identical to the broker's file), `resample` (identical to the broker's own higher
/// timeframes), and `verify` before and after damage.
@Suite(.enabled(if: TestData.isAvailable)) struct StoredSeriesCLITests {
    static let m5 = "mt5/XAUUSD_M5_20250102-20251027.csv.gz"

    private func importM5(_ scratch: Scratch) throws {
        let result = try scratch.ballast("data", "import", "--tz", "UTC", TestData.path(Self.m5))
        #expect(result.status == 0, "\(result)")
        #expect(result.err.isEmpty, "\(result)")
    }

    /// `ls` and `show` describe the import, and the MT5 export gives the file back byte for byte:
    /// the file is CRLF like every MT5 export, and so is the exporter's output.
    @Test func m5ImportListsShowsAndExportsByteForByte() throws {
        try Scratch.with { scratch in
            try importM5(scratch)
            let ls = try scratch.ballast("data", "ls")
            #expect(ls.status == 0 && ls.out.contains("XAUUSD/M5") && ls.out.contains("58230"), "\(ls)")
            let listed = try scratch.ballast("data", "ls", "--json").json([ListedSeries].self)
            #expect(listed.map(\.series) == ["XAUUSD/M5"] && listed.first?.rows == 58230)

            let show = try scratch.ballast("data", "show", "XAUUSD", "--timeframe", "M5", "--tail", "3")
            #expect(show.status == 0, "\(show)")
            let rows = show.out.split(separator: "\n").filter { $0.hasPrefix("2025-") }
            #expect(rows.count == 3, "\(show)")
            #expect(rows.last?.hasPrefix("2025-10-27T22:55:00Z,") == true && rows.last?.contains(",3982.42,") == true)
            let shown = try scratch.ballast("data", "show", "XAUUSD", "--timeframe", "M5", "--tail", "3", "--json").json(ShownSeries.self)
            #expect(shown.rows == 58230 && shown.csv.split(separator: "\n").count == 4, "header and 3 rows")

            let export = try scratch.ballast("data", "export", "XAUUSD", "--timeframe", "M5", "--layout", "mt5", "--tz", "UTC")
            #expect(export.status == 0 && export.err.isEmpty, "\(export.err)")
            #expect(Array(export.stdout) == (try RealFile.bytes(Self.m5)), "export differs from the imported file")
        }
    }

    /// Resampled on the series' own clock, M5 gives exactly the broker's M15, M30, H1 and H4 exports.
    @Test func resampledBarsEqualTheBrokersOwnFiles() throws {
        try Scratch.with { scratch in
            try importM5(scratch)
            let resample = try scratch.ballast("data", "resample", "XAUUSD", "--from", "M5", "--to", "M15", "M30", "H1", "H4")
            #expect(resample.status == 0, "\(resample)")
            for timeframe in ["M15", "M30", "H1", "H4"] {
                // One export goes through --out, the others through stdout.
                let out = scratch.root + "/XAUUSD_\(timeframe).csv"
                let toFile = timeframe == "H4"
                let export = try scratch.ballast(["data", "export", "XAUUSD", "--timeframe", timeframe, "--layout", "mt5"]
                                                 + (toFile ? ["--out", out] : []))
                #expect(export.status == 0 && (!toFile || export.stdout.isEmpty), "\(export)")
                let exported = toFile ? FileManager.default.contents(atPath: out) ?? Data() : export.stdout
                let broker = try RealFile.bytes("mt5/XAUUSD_\(timeframe)_20250102-20251027.csv.gz")
                #expect(Array(exported) == broker, "resampled \(timeframe) differs from the broker's \(timeframe) file")
            }
        }
    }

    /// This export was re-saved with LF endings by its uploader; the exporter writes MT5's CRLF,
    /// so the two agree once line endings are normalised.
    @Test func lfExportDiffersOnlyInLineEndings() throws {
        try Scratch.with { scratch in
            let file = "mt5/EURUSD_M30_20200102-20210924.csv.gz"
            #expect(try scratch.ballast("data", "import", "--tz", "UTC", TestData.path(file)).status == 0)
            let export = try scratch.ballast("data", "export", "EURUSD", "--timeframe", "M30", "--layout", "mt5")
            let original = String(decoding: try RealFile.bytes(file), as: UTF8.self)
            let exported = String(decoding: export.stdout, as: UTF8.self)
            #expect(!original.contains("\r") && exported != original)
            #expect(exported == original.replacingOccurrences(of: "\n", with: "\r\n"))
        }
    }

    @Test func verifyFindsAFlippedByte() throws {
        try Scratch.with { scratch in
            let files = ["mt5/XAUUSD_H4_20250102-20251027.csv.gz", "mt5/US30m_D1_20240101-20250908.csv"]
            #expect(try scratch.ballast(["data", "import", "--tz", "UTC"] + files.map(TestData.path)).status == 0)
            let clean = try scratch.ballast("data", "verify")
            #expect(clean.status == 0, "\(clean)")

            let partition = scratch.store + "/bars/XAUUSD/H4/2025.bars"
            var bytes = try Data(contentsOf: URL(fileURLWithPath: partition))
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: partition))

            let damaged = try scratch.ballast("data", "verify")
            #expect(damaged.status == 4, "\(damaged)")
            #expect(damaged.out.contains("XAUUSD/H4: DAMAGED") && damaged.out.contains("US30/D1: ok"), "\(damaged)")
            let json = try scratch.ballast("data", "verify", "--json")
            #expect(json.status == 4)
            let damagedSeries = try json.json([VerifiedSeries].self).filter { !$0.problems.isEmpty }.map(\.series)
            #expect(damagedSeries == ["XAUUSD/H4"])
        }
    }
}
