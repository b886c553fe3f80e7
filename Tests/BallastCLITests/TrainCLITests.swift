import BallastTestSupport
import Foundation
import Testing

/// The research loop on real EURUSD H1: `ballast train` (features → triple-barrier labels → GBM
/// → purged CV → gate), a backtest of the model signal after its training data, and the gate
/// deciding whether the model may trade in paper.
@Suite struct TrainCLITests {
    struct Train: Decodable {
        struct Trial: Decodable { var auc: Double, sharpe: Double }
        struct Gate: Decodable { var passed: Bool }
        var run: String, events: Int, features: Int, trials: [Trial], chosen: Int, deflated_sharpe: Double, pbo: Double?
        var gate: Gate
    }

    static let data = "dukascopy/EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz"
    static let train = ["train", "--symbol", "EURUSD", "--timeframe", "H1", "--to", "2024-09-01T00:00:00Z",
                        "--grid", "num_leaves=4,8", "--rounds", "20", "--json"]

    @Test func trainBacktestAndTheGateBeforePaper() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(Self.data)).status == 0)
            let trained = try scratch.ballast(Self.train)
            #expect(trained.status == 0, "\(trained)")
            let result = try trained.json(Train.self)
            #expect(result.events > 3500 && result.features > 20 && result.trials.count == 2 && result.pbo != nil)
            #expect((0...1).contains(result.deflated_sharpe) && result.trials.allSatisfy { $0.auc > 0.3 && $0.auc < 0.7 })
            let artifacts = try FileManager.default.contentsOfDirectory(atPath: scratch.home + "/runs/\(result.run)/artifacts").sorted()
            #expect(artifacts == ["features.json", "model.txt", "train.json"])

            let report = scratch.root + "/model.html"
            let backtest = try scratch.ballast("backtest", "--symbol", "EURUSD", "--timeframe", "H1", "--strategy", "model-signal",
                                               "--param", "run=\(result.run)", "--report", report)
            #expect(backtest.status == 0 && backtest.out.contains("out of sample: trading from 2024-08-30"), "\(backtest)")
            #expect(try String(contentsOfFile: report, encoding: .utf8).contains("Out of sample: trading starts"))

            let paper = ["paper", "--symbol", "EURUSD", "--timeframe", "H1", "--strategy", "model-signal", "--param", "run=\(result.run)"]
            if !result.gate.passed {
                let refused = try scratch.ballast(paper)
                #expect(refused.status == 64 && refused.err.contains("may not trade"), "\(refused)")
                #expect(!FileManager.default.fileExists(atPath: scratch.home + "/ledger.sqlite"), "refused before anything is written")
            }
            // Lax thresholds pass any model: then it may paper trade.
            try scratch.write("home/ballast.yaml", Array("gate:\n  minDeflatedSharpe: 0\n  maxOverfittingProbability: 1\n  minOutOfSampleNetReturn: -1000\n".utf8))
            let lax = try scratch.ballast(Self.train).json(Train.self)
            #expect(lax.gate.passed)
            let traded = try scratch.ballast(paper.dropLast() + ["run=\(lax.run)"])
            #expect(traded.status == 0, "\(traded)")
        }
    }

    @Test func badTrainingInputIsRefusedClearly() throws {
        try Scratch.with { scratch in
            #expect(try scratch.ballast("data", "import", TestData.path(Self.data)).status == 0)
            let grid = try scratch.ballast("train", "--symbol", "EURUSD", "--timeframe", "H1", "--grid", "leaves=3")
            #expect(grid.status == 64 && grid.err.contains("--grid takes name=v1,v2"), "\(grid)")
            let cpcv = try scratch.ballast("train", "--symbol", "EURUSD", "--timeframe", "H1", "--cpcv", "3,5")
            #expect(cpcv.status == 64 && cpcv.err.contains("--cpcv"), "\(cpcv)")
            let walk = try scratch.ballast("train", "--symbol", "EURUSD", "--timeframe", "H1", "--walk-forward", "2000")
            #expect(walk.status == 64 && walk.err.contains("--walk-forward takes TRAIN,TEST"), "\(walk)")
            let missing = try scratch.ballast("backtest", "--symbol", "EURUSD", "--timeframe", "H1", "--strategy", "model-signal")
            #expect(missing.status == 64 && missing.err.contains("run="), "\(missing)")
        }
    }
}
