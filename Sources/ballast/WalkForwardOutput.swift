import BallastBacktest
import BallastCore

/// What `ballast walkforward` prints.
struct WalkForwardOutput: Encodable {
    struct Fold: Encodable {
        var trainStart: String, testStart: String, testEnd: String, trainBars: Int, testBars: Int
        var parameters: [String: String], trials: Int, inSample: KeyStats, outOfSample: KeyStats

        enum CodingKeys: String, CodingKey {
            case trainStart = "train_start", testStart = "test_start", testEnd = "test_end", trainBars = "train_bars"
            case testBars = "test_bars", parameters, trials, inSample = "in_sample", outOfSample = "out_of_sample"
        }
    }

    var symbol: String, timeframe: String, strategy: String, objective: String, anchored: Bool
    var trialCount: Int, folds: [Fold], outOfSample: KeyStats, finalEquity: Double

    enum CodingKeys: String, CodingKey {
        case symbol, timeframe, strategy, objective, anchored, trialCount = "trial_count", folds
        case outOfSample = "out_of_sample", finalEquity = "final_equity"
    }

    init(_ result: WalkForwardResult, setup: BacktestSetup) {
        symbol = setup.instrument.symbol
        timeframe = setup.timeframe.rawValue
        strategy = setup.strategyName
        objective = result.objective.rawValue
        anchored = result.plan.anchored
        trialCount = result.trialCount
        folds = result.folds.map { f in
            Fold(trainStart: f.trainStart.iso8601, testStart: f.testStart.iso8601, testEnd: f.testEnd.iso8601,
                 trainBars: f.window.train.count, testBars: f.window.test.count, parameters: f.parameters, trials: f.trials,
                 inSample: KeyStats(f.inSample), outOfSample: KeyStats(f.outOfSample))
        }
        outOfSample = KeyStats(result.outOfSample)
        finalEquity = result.outOfSample.finalEquity
    }

    var text: String {
        var rows = [["fold", "train from", "test from", "test to", "parameters", "IS Sharpe", "OOS net PnL", "OOS Sharpe", "OOS max DD", "OOS trades"]]
        for (i, f) in folds.enumerated() {
            let key = f.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            rows.append(["\(i + 1)", f.trainStart, f.testStart, f.testEnd, key, String(format: "%.2f", f.inSample.sharpe)]
                + f.outOfSample.cells)
        }
        let o = outOfSample
        return [
            "\(strategy) on \(symbol) \(timeframe): \(folds.count) \(anchored ? "anchored" : "rolling") folds, \(trialCount) runs in all, ranked by \(objective)",
            TextTable.render(rows),
            String(format: "out of sample (stitched): net PnL %.2f, Sharpe %.2f, max drawdown %.2f%%, %d trades, final equity %.2f",
                   o.netPnL, o.sharpe, o.maxDrawdown * 100, o.trades, finalEquity),
        ].joined(separator: "\n")
    }
}
