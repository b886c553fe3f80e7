import BallastTestSupport
import Foundation
import Testing

/// Sweeps and walk-forwards are recorded as research runs (with their trial count, a hash of the
/// data and their output), listed and compared by `ballast runs`, and logged to MLflow when
/// `MLFLOW_TRACKING_URI` is set.
@Suite struct RunsCLITests {
    struct Run: Decodable {
        var id: String, kind: String, name: String, trials: Int, parameters: [String: String], metrics: [String: Double]
        var dataHashes: [String: String], artifacts: [String], tags: [String: String], codeVersion: String
    }

    static let sweep = ["sweep", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "fast=10,20,30", "--grid", "slow=50,100"]

    @Test func sweepsAndWalkForwardsAreRecordedWithTheirTrialCounts() throws {
        try Scratch.with { scratch in
            try ResearchCLITests.imported(scratch)
            #expect(try scratch.ballast(Self.sweep).status == 0)
            let walk = try scratch.ballast("walkforward", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "fast=10,20",
                                           "--grid", "slow=50", "--train-bars", "2000", "--test-bars", "1000")
            #expect(walk.status == 0, "\(walk)")
            let runs = try scratch.ballast("runs", "--json").json([Run].self)
            #expect(runs.map(\.kind) == ["sweep", "walk-forward"])
            let sweep = runs[0]
            #expect(sweep.trials == 6 && sweep.name == "sma-cross XAUUSD/H1" && sweep.parameters["grid"] == "fast=10,20,30 slow=50,100")
            #expect(sweep.dataHashes["XAUUSD/H1"]?.hasPrefix("xxh64:") == true && sweep.dataHashes == runs[1].dataHashes)
            #expect(sweep.artifacts == ["sweep.json"] && sweep.metrics["sharpe"] != nil && sweep.codeVersion.hasPrefix("ballast "))
            #expect(runs[1].trials > 2, "two configurations per fold, several folds")
            let stored = try String(contentsOfFile: scratch.home + "/runs/\(sweep.id)/artifacts/sweep.json", encoding: .utf8)
            #expect(stored.contains("\"trial_count\" : 6"))

            let one = try scratch.ballast("runs", sweep.id)
            #expect(one.status == 0 && one.out.contains("6 trial(s)") && one.out.contains("XAUUSD/H1 = xxh64:"), "\(one)")
            let compared = try scratch.ballast("runs", sweep.id, runs[1].id)
            #expect(compared.status == 0 && compared.out.contains("sharpe"), "\(compared)")
            let missing = try scratch.ballast("runs", "20990101-000000-train-00000000")
            #expect(missing.status != 0 && missing.err.contains("no run"), "\(missing)")
        }
    }

    @Test func anUnreachableMLflowLeavesTheLocalRecordAndAWarning() throws {
        try Scratch.with { scratch in
            try ResearchCLITests.imported(scratch)
            let result = try scratch.ballast(Self.sweep, environment: ["MLFLOW_TRACKING_URI": "http://127.0.0.1:9"])
            #expect(result.status == 0 && result.err.contains("not in MLflow"), "\(result)")
            let runs = try scratch.ballast("runs", "--json").json([Run].self)
            #expect(runs.count == 1 && runs[0].tags["mlflow.run_id"] == nil)
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["BALLAST_TEST_MLFLOW_URI"] != nil,
                   "BALLAST_TEST_MLFLOW_URI is not set: MLflow logging from the CLI skipped"))
    func aSweepIsLoggedToMLflow() throws {
        try Scratch.with { scratch in
            try ResearchCLITests.imported(scratch)
            let uri = ProcessInfo.processInfo.environment["BALLAST_TEST_MLFLOW_URI"]!
            let result = try scratch.ballast(Self.sweep, environment: ["MLFLOW_TRACKING_URI": uri,
                                                                      "MLFLOW_EXPERIMENT_NAME": "ballast-cli-\(UUID().uuidString.prefix(8))"])
            #expect(result.status == 0 && !result.err.contains("warning"), "\(result)")
            let runs = try scratch.ballast("runs", "--json").json([Run].self)
            #expect(runs.first?.tags["mlflow.run_id"]?.count == 32, "\(runs)")
        }
    }
}
