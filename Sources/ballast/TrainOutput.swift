import BallastResearch
import Foundation

/// What `ballast train` prints and stores: every configuration's out-of-sample record, the
/// chosen one, the statistics that judge it and the gate's verdict.
struct TrainOutput: Encodable {
    struct Trial: Encodable {
        var parameters: [String: String], auc: Double, logLoss: Double, sharpe: Double, netReturn: Double

        enum CodingKeys: String, CodingKey { case parameters, auc, logLoss = "log_loss", sharpe, netReturn = "net_return" }
    }

    struct Paths: Encodable { var count: Int, mean: Double, std: Double, min: Double, median: Double, max: Double }

    var run: String?
    var series: String, events: Int, features: Int, labelMean: Double, costPerTrade: Double
    var trials: [Trial], chosen: Int, deflatedSharpe: Double, expectedMaxSharpe: Double, overfittingProbability: Double?
    var cpcv: Paths?
    var gate: GateVerdict
    /// How the configurations were scored out of sample.
    var validation: String

    enum CodingKeys: String, CodingKey {
        case run, series, events, features, labelMean = "label_mean", costPerTrade = "cost_per_trade", trials, chosen
        case deflatedSharpe = "deflated_sharpe", expectedMaxSharpe = "expected_max_sharpe"
        case overfittingProbability = "pbo", cpcv, gate, validation
    }

    init(_ result: StudyResult, events: LabelledEvents, settings: StudySettings, verdict: GateVerdict, series: String) {
        self.series = series
        self.events = events.count
        features = events.features.columnCount
        labelMean = events.labels.reduce(0, +) / Double(max(events.count, 1))
        costPerTrade = settings.costPerTrade
        trials = result.trials.map { Trial(parameters: ModelGrid.describe($0.parameters), auc: $0.auc, logLoss: $0.logLoss,
                                           sharpe: $0.sharpe, netReturn: $0.netReturn) }
        chosen = result.best
        deflatedSharpe = result.deflatedSharpe.value
        expectedMaxSharpe = result.deflatedSharpe.expectedMaximumSharpe
        overfittingProbability = result.overfittingProbability.isNaN ? nil : result.overfittingProbability
        cpcv = result.paths.map { Paths(count: $0.sharpeRatios.count, mean: $0.mean, std: $0.standardDeviation, min: $0.minimum,
                                        median: $0.median, max: $0.maximum) }
        gate = verdict
        validation = settings.walkForward.map { w in
            switch w.window {
            case let .rolling(train): "walk-forward (rolling \(train) events, tests of \(w.testCount))"
            case let .anchored(train): "walk-forward (anchored from \(train) events, tests of \(w.testCount))"
            }
        } ?? "purged \(settings.folds)-fold CV"
    }

    func with(run id: RunID) -> TrainOutput {
        var copy = self
        copy.run = id.rawValue
        return copy
    }

    /// The run's metrics as recorded.
    var metrics: [String: Double] {
        let best = trials[chosen]
        var metrics = ["auc_oos": best.auc, "log_loss_oos": best.logLoss, "sharpe_oos": best.sharpe, "net_return_oos": best.netReturn,
                       "deflated_sharpe": deflatedSharpe, "pbo": overfittingProbability ?? .nan, "events": Double(events)]
        if let cpcv { (metrics["cpcv_sharpe_mean"], metrics["cpcv_sharpe_min"]) = (cpcv.mean, cpcv.min) }
        return metrics
    }

    var text: String {
        var lines = ["\(series): \(events) triple-barrier events, \(features) features, \(String(format: "%.1f", labelMean * 100))% profitable; "
                     + "\(trials.count) configurations by \(validation)\(trials.count > 1 ? "" : " (one configuration: no PBO)")"]
        var rows = [["#", "configuration", "AUC", "log-loss", "Sharpe/event", "net return"]]
        for (i, t) in trials.enumerated() {
            let key = ["num_leaves", "learning_rate", "rounds"].compactMap { k in t.parameters[k].map { "\(k)=\($0)" } }.joined(separator: " ")
            rows.append(["\(i == chosen ? "*" : "")\(i + 1)", key, String(format: "%.4f", t.auc), String(format: "%.4f", t.logLoss),
                         String(format: "%.4f", t.sharpe), String(format: "%.4f", t.netReturn)])
        }
        lines.append(TextTable.render(rows))
        lines.append(String(format: "deflated Sharpe %.3f (expected max Sharpe of %d trials %.4f), PBO %@", deflatedSharpe, trials.count,
                            expectedMaxSharpe, overfittingProbability.map { String(format: "%.3f", $0) } ?? "n/a"))
        if let cpcv { lines.append(String(format: "CPCV: %d paths, Sharpe/event mean %.4f, min %.4f, max %.4f", cpcv.count, cpcv.mean, cpcv.min, cpcv.max)) }
        lines.append(gate.description)
        return lines.joined(separator: "\n")
    }
}
