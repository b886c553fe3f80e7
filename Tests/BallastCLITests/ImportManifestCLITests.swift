import BallastTestSupport
import BallastCore
import Foundation
import Testing

/// Every file of the shared real data imported through the CLI with `--json`, one vendor folder
/// per store (several files per process keeps it fast), checked against the manifest.
@Suite struct ImportManifestCLITests {
    static let formats: [String: String] = [
        "mt5": "mt5-bars", "ninjatrader": "ninjatrader", "dukascopy": "dukascopy", "binance": "binance",
        "yahoo": "yahoo", "stooq": "stooq", "fred": "fred", "other": "generic",
    ]

    @Test(.enabled(if: TestData.isAvailable)) func manifestListsEveryFile() {
        #expect(Manifest.entries.count == 49)
        #expect(Manifest.entries.allSatisfy { ExpectedSeries.of($0.file) != nil })
    }

    @Test(.enabled(if: TestData.isAvailable), arguments: Manifest.folders)
    func importsEveryFileOfTheFolder(_ folder: String) throws {
        let entries = Manifest.entries.filter { $0.folder == folder }
        try Scratch.with { scratch in
            var outcomes: [String: ImportedFile] = [:]
            // Files needing the same options go in one invocation.
            let groups = Dictionary(grouping: entries) { Manifest.extraOptions(for: $0.file) }
            for (options, group) in groups.sorted(by: { $0.key.count < $1.key.count }) {
                let result = try scratch.ballast(["data", "import", "--json"] + options + group.map { TestData.path($0.file) })
                #expect(result.status == 0, "\(result)")
                #expect(!result.err.contains("\r"), "progress output on a pipe")
                for outcome in try result.json([ImportedFile].self) { outcomes[outcome.path] = outcome }
            }
            #expect(outcomes.count == entries.count)
            for entry in entries {
                guard let outcome = outcomes[TestData.path(entry.file)] else {
                    Issue.record("\(entry.file): no JSON object for the file")
                    continue
                }
                check(outcome, against: entry)
            }
            let verify = try scratch.ballast("data", "verify", "--json")
            #expect(verify.status == 0, "\(verify)")
            #expect(try verify.json([VerifiedSeries].self).allSatisfy { $0.problems.isEmpty && $0.rows > 0 })
        }
    }

    private func check(_ o: ImportedFile, against entry: Manifest.Entry) {
        let file = entry.file
        #expect(o.error == nil, "\(file): \(o.error?.message ?? "")")
        #expect(o.status == "stored" || o.status == "unchanged", "\(file): \(o.status)")
        #expect(o.rows == entry.dataRows, "\(file): rows")
        if entry.folder == "histdata" {
            #expect(o.format == (file.contains("_T_") ? "histdata-ticks" : "histdata-m1"), "\(file)")
        } else {
            #expect(o.format == Self.formats[entry.folder], "\(file)")
        }
        if let expected = ExpectedSeries.of(file) {
            #expect(o.symbol == expected.symbol, "\(file): symbol")
            if expected.shape == "ticks" || expected.shape == "values" {
                #expect(o.kind == expected.shape && o.timeframe == nil, "\(file): kind")
            } else {
                #expect(o.kind == "bars" && o.timeframe == expected.shape, "\(file): timeframe")
            }
        }
        // Every valid row is stored, already stored, or a kept conflict; nothing vanishes.
        #expect(o.valid <= o.rows && o.stored + o.unchanged + o.conflicts == o.valid, "\(file): counts")
        #expect(o.status == "stored" ? o.stored > 0 : o.stored == 0, "\(file): stored")
        checkSpan(o.first, o.last, file)
    }

    private func checkSpan(_ first: String?, _ last: String?, _ file: String) {
        guard let first, let last else {
            Issue.record("\(file): no first/last")
            return
        }
        #expect(first.hasSuffix("Z") && last.hasSuffix("Z"), "\(file): \(first) \(last)")
        guard let from = Timestamp(iso8601: first), let to = Timestamp(iso8601: last) else {
            Issue.record("\(file): first/last are not ISO-8601: \(first) \(last)")
            return
        }
        #expect(from <= to, "\(file)")
    }
}
