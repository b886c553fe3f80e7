import BallastCore
import BallastEngine
import BallastResearch
import Foundation

/// Builds the `model-signal` strategy from recorded training runs: `--param run=ID[,ID...]`
/// (several runs make an equally weighted ensemble), `quantity` in lots (default 1) and `entry`
/// (the score a position needs; default each run's own). Each run's `model.txt` and
/// `features.json` are its model and the feature pipeline that feeds it.
///
/// A model has seen its training data: a backtest trades only after the latest run's `data_to`
/// (the bars before only warm the features up) unless `in_sample=true` asks for the in-sample
/// figures knowingly.
enum ModelSignalLoader {
    static let name = "model-signal"
    static let help = "model-signal (run=<training run id>[,<id>...], quantity=1, entry=<the run's>, in_sample=false)"

    /// When trading may start: after every run's training data, unless in-sample is asked for.
    static func tradingStart(parameters: [String: String], runs: [ExperimentRun]) throws -> Timestamp? {
        if parameters["in_sample"] == "true" { return nil }
        return try runs.compactMap { try Timestamp.option($0.parameters["data_to"]) }.max()
    }

    /// Refuses runs whose promotion gate did not pass: such a model may be backtested, but it
    /// may not trade in paper or live.
    static func requirePromotion(_ runs: [ExperimentRun]) throws {
        for run in runs where run.verdict?.passed != true {
            let reason = run.verdict.map { $0.checks.filter { !$0.passed }.map(\.description).joined(separator: "; ") } ?? "it was never judged"
            throw CLIError(.usage, "run \(run.id) may not trade: its promotion gate did not pass (\(reason))")
        }
    }

    /// The strategy and the runs it was built from.
    static func strategy(parameters: [String: String], symbol: String, timeframe: Timeframe,
                         home: String) throws -> (strategy: ModelSignalStrategy, runs: [ExperimentRun]) {
        guard let ids = parameters["run"]?.split(separator: ",").map(String.init), !ids.isEmpty else {
            throw CLIError(.usage, "model-signal needs --param run=<training run id> (see `ballast runs --kind train`)")
        }
        let store = RunStore(home: home)
        var members: [ModelSignal] = [], runs: [ExperimentRun] = []
        for id in ids {
            let run: ExperimentRun
            do { run = try store.run(RunID(rawValue: id)) } catch { throw CLIError(.usage, error.description) }
            guard run.kind == .train else { throw CLIError(.usage, "run \(id) is a \(run.kind.rawValue) run, not a training run") }
            members.append(try member(run, store: store, symbol: symbol, timeframe: timeframe))
            runs.append(run)
        }
        let entryText = parameters["entry"] ?? runs[0].parameters["entry"] ?? "0.1"
        guard let entry = Double(entryText), let quantity = Quantity(parameters["quantity"] ?? "1"), quantity.raw > 0 else {
            throw CLIError(.usage, "model-signal: entry must be a number and quantity a positive number of lots")
        }
        do {
            let ensemble = try SignalEnsemble(members: members, entry: entry)
            return (ModelSignalStrategy(ensemble: ensemble, quantity: quantity), runs)
        } catch { throw CLIError(.usage, "model-signal: \(error.description)") }
    }

    /// One run's model on `symbol`'s bars.
    private static func member(_ run: ExperimentRun, store: RunStore, symbol: String, timeframe: Timeframe) throws -> ModelSignal {
        let modelPath = store.artifactPath(run.id, "model.txt"), specPath = store.artifactPath(run.id, "features.json")
        guard let model = FileManager.default.contents(atPath: modelPath), let spec = FileManager.default.contents(atPath: specPath) else {
            throw CLIError(.storeError, "run \(run.id) lacks model.txt or features.json under \(store.directory)")
        }
        do {
            let features = try JSONDecoder().decode(FeatureSpec.self, from: spec)
            guard features.timeframe == timeframe else {
                throw CLIError(.usage, "run \(run.id) was trained on \(features.timeframe.rawValue) bars, not \(timeframe.rawValue)")
            }
            return try ModelSignal(symbol: symbol, pipeline: try FeaturePipeline(features),
                                   model: try TreeEnsemble(textFormat: String(decoding: model, as: UTF8.self)))
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.storeError, "run \(run.id): \(error)")
        }
    }
}
