import BallastTestSupport
import Testing

/// With stdout and stderr on pipes (a script, CI, `| jq`), a successful run writes only its
/// result to stdout and nothing to stderr: no progress bar, no carriage returns.
@Suite(.enabled(if: TestData.isAvailable)) struct PipeOutputCLITests {
    @Test(arguments: [false, true])
    func successfulImportKeepsStderrEmpty(json: Bool) throws {
        try Scratch.with { scratch in
            let files = ["mt5/XAUUSD_H1_20250102-20251027.csv.gz", "mt5/XAUUSD_H4_20250102-20251027.csv.gz",
                         "mt5/US30m_D1_20240101-20250908.csv"].map(TestData.path)
            let result = try scratch.ballast(["data", "import", "--tz", "UTC"] + files + (json ? ["--json"] : []))
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            #expect(!result.stdout.contains(13), "a carriage return on stdout")
            if json { _ = try result.json([ImportedFile].self) }
        }
    }

    @Test func otherCommandsKeepStderrEmpty() throws {
        try Scratch.with { scratch in
            _ = try scratch.ballast("data", "import", "--tz", "UTC", TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz"))
            for command in [["data", "ls"], ["data", "show", "XAUUSD"], ["data", "resample", "XAUUSD", "--from", "H1", "--to", "H4"],
                            ["data", "verify"], ["data", "export", "XAUUSD", "--timeframe", "H4"]] {
                let result = try scratch.ballast(command)
                #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
            }
        }
    }
}
