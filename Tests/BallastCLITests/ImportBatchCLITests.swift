import BallastTestSupport
import Testing

/// Several files in one invocation: each file stands alone (a bad one stores nothing, the good
/// ones are stored) and the exit code is the bad file's.
@Suite(.enabled(if: TestData.isAvailable)) struct ImportBatchCLITests {
    enum Bad: String, CaseIterable, Sendable {
        case truncatedRow, conflictingDuplicate, emptyFile

        var status: Int32 { self == .conflictingDuplicate ? 3 : 1 }

        func bytes() throws -> [UInt8] {
            switch self {
            case .truncatedRow: Samples.truncatingRow(5, of: try Samples.mt5Lines()).bytes
            case .conflictingDuplicate: try Samples.mt5ConflictingDuplicate()
            case .emptyFile: []
            }
        }
    }

    @Test(arguments: Bad.allCases, [true, false])
    func goodFileIsStoredAndTheBadOneSetsTheExitCode(_ bad: Bad, badFirst: Bool) throws {
        try Scratch.with { scratch in
            let good = try scratch.write("US30m_H4_sample.csv", try RealFile.head("mt5/US30m_H4_20240101-20250908.csv.gz", lines: 25).flatMap { $0 })
            let broken = try scratch.write("XAUUSD_H4_broken.csv", try bad.bytes())
            let files = badFirst ? [broken, good] : [good, broken]
            let result = try scratch.ballast(["data", "import", "--tz", "UTC", "--json"] + files)
            #expect(result.status == bad.status, "\(result)")
            let outcomes = try result.json([ImportedFile].self)
            #expect(outcomes.map(\.path) == files)
            #expect(outcomes.first { $0.path == good }?.stored == 24)
            #expect(try scratch.storedSeries() == ["US30/H4"])
        }
    }

    /// The zone error of an MT5 file does not stop a Yahoo file beside it.
    @Test func missingZoneInABatchKeepsTheOtherFile() throws {
        try Scratch.with { scratch in
            let yahoo = try scratch.write("ORCL_1d_sample.csv", try RealFile.head("yahoo/ORCL_1d_1995-2014_yahoo.csv", lines: 31).flatMap { $0 })
            let mt5 = try scratch.write("XAUUSD_H4_sample.csv", try Samples.mt5Lines().flatMap { $0 })
            let result = try scratch.ballast("data", "import", mt5, yahoo)
            #expect(result.status == 5, "\(result)")
            #expect(result.err.contains("--tz"))
            #expect(try scratch.storedSeries() == ["ORCL/D1"])
        }
    }
}
