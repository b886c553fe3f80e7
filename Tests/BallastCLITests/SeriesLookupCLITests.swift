import BallastTestSupport
import Testing

/// Naming a series the store does not hold is the user's mistake (usage, 64), whichever way it
/// is named; exit code 4 stays reserved for a store that failed or is damaged.
@Suite(.enabled(if: TestData.isAvailable)) struct SeriesLookupCLITests {
    static let commands: [[String]] = [
        ["data", "show", "NOPE"],
        ["data", "show", "NOPE", "--timeframe", "H1"],
        ["data", "show", "XAUUSD", "--timeframe", "M1"],
        ["data", "export", "NOPE", "--timeframe", "H1"],
        ["data", "export", "XAUUSD", "--ticks"],
        ["data", "resample", "NOPE", "--from", "M5", "--to", "H1"],
    ]

    @Test(arguments: commands)
    func unknownSeriesIsAUsageError(_ command: [String]) throws {
        try Scratch.with { scratch in
            let setup = try scratch.ballast("data", "import", "--tz", "UTC", TestData.path("mt5/XAUUSD_H4_20250102-20251027.csv.gz"))
            #expect(setup.status == 0, "\(setup)")
            let result = try scratch.ballast(command)
            #expect(result.status == 64, "\(result)")
            #expect(result.err.hasPrefix("error: ") && result.err.contains("no stored series"), "\(result)")
            #expect(result.stdout.isEmpty)
        }
    }
}
