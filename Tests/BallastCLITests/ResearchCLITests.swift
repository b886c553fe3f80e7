import BallastTestSupport
import Foundation
import Testing

/// `ballast sweep`, `ballast walkforward` and `ballast backtest --stress` on a real stored series.
@Suite struct ResearchCLITests {
    struct Sweep: Decodable {
        struct Trial: Decodable {
            var rank: Int, parameters: [String: String], sharpe: Double, net_pnl: Double, max_drawdown: Double, trades: Int
        }
        var objective: String, trial_count: Int, configurations: Int, trials: [Trial]
    }

    struct WalkForward: Decodable {
        struct Stats: Decodable { var net_pnl: Double, sharpe: Double, max_drawdown: Double, trades: Int }
        struct Fold: Decodable {
            var train_start: String, test_start: String, test_end: String, train_bars: Int, test_bars: Int
            var parameters: [String: String], trials: Int, in_sample: Stats, out_of_sample: Stats
        }
        var anchored: Bool, trial_count: Int, folds: [Fold], out_of_sample: Stats, final_equity: Double
    }

    static func imported(_ scratch: Scratch) throws {
        let imported = try scratch.ballast("data", "import", TestData.path("mt5/XAUUSD_H1_20250102-20251027.csv.gz"), "--tz", "NY+7")
        #expect(imported.status == 0, "\(imported)")
    }

    @Test func sweepJSONRanksEveryConfigurationWithTheTrialCount() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            let args = ["sweep", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "fast=10,20,30", "--grid", "slow=50,100", "--json"]
            let result = try scratch.ballast(args)
            #expect(result.status == 0, "\(result)")
            let sweep = try result.json(Sweep.self)
            #expect(sweep.objective == "sharpe" && sweep.trial_count == 6 && sweep.configurations == 6 && sweep.trials.count == 6)
            #expect(sweep.trials.map(\.rank) == Array(1...6))
            #expect(zip(sweep.trials, sweep.trials.dropFirst()).allSatisfy { $0.sharpe >= $1.sharpe })
            #expect(Set(sweep.trials.map(\.parameters)).count == 6)
            // Same input, same output (parallel runs land in a fixed order).
            #expect(try scratch.ballast(args).stdout == result.stdout)
            let random = try scratch.ballast("sweep", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "slow=100",
                                             "--random", "4", "--range", "fast=5:50", "--seed", "9", "--json")
            #expect(random.status == 0, "\(random)")
            #expect(try random.json(Sweep.self).trial_count == 4)
        }
    }

    @Test func walkForwardJSONReportsFoldsAndTrials() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            let base = ["walkforward", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "fast=10,20", "--grid", "slow=50,100",
                        "--train-bars", "1500", "--test-bars", "500", "--json"]
            let rolling = try scratch.ballast(base)
            #expect(rolling.status == 0, "\(rolling)")
            let r = try rolling.json(WalkForward.self)
            #expect(!r.anchored && r.folds.count == (4858 - 1500) / 500 && r.trial_count == r.folds.count * 4)
            #expect(r.folds.allSatisfy { $0.train_bars == 1500 && $0.test_bars == 500 && $0.trials == 4 })
            #expect(zip(r.folds, r.folds.dropFirst()).allSatisfy { $0.test_start < $1.test_start && $0.train_start < $1.train_start })
            #expect(abs(r.final_equity - 100_000 - r.out_of_sample.net_pnl) < 0.01)
            let anchored = try scratch.ballast(base + ["--anchored"]).json(WalkForward.self)
            #expect(anchored.anchored && anchored.folds.count == r.folds.count)
            #expect(Set(anchored.folds.map(\.train_start)).count == 1)
            #expect(anchored.folds.map(\.train_bars) == anchored.folds.indices.map { 1500 + 500 * $0 })
        }
    }

    @Test func stressPrintsTheTableAndBadSearchesAreUsageErrors() throws {
        try Scratch.with { scratch in
            try Self.imported(scratch)
            let stress = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H1", "--stress")
            #expect(stress.status == 0, "\(stress)")
            for text in ["spread x2", "spread x3", "slippage 1 pt", "without the best 5 trades", "Monte Carlo"] {
                #expect(stress.out.contains(text), "missing \(text)")
            }
            let json = try scratch.ballast("backtest", "--symbol", "XAUUSD", "--timeframe", "H1", "--stress", "--json")
            let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any], "\(json)")
            let report = try #require(object["stress"] as? [String: Any])
            #expect((report["scenarios"] as? [Any])?.count == 5 && report["monte_carlo"] != nil && report["pnl_without_best"] != nil)
            let refused = try scratch.ballast("sweep", "--symbol", "XAUUSD", "--timeframe", "H1", "--grid", "fats=1,2")
            #expect(refused.status == 64 && refused.err.contains("fats"), "\(refused)")
            let badRange = try scratch.ballast("sweep", "--symbol", "XAUUSD", "--timeframe", "H1", "--random", "3", "--range", "fast=9:1")
            #expect(badRange.status == 64, "\(badRange)")
            let noWindow = try scratch.ballast("walkforward", "--symbol", "XAUUSD", "--timeframe", "H1", "--test-bars", "10")
            #expect(noWindow.status == 64 && noWindow.err.contains("--train-bars"), "\(noWindow)")
        }
    }
}
