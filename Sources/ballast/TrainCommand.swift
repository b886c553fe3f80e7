import ArgumentParser
import BallastCore
import BallastResearch
import Foundation

/// `ballast train`: features → triple-barrier labels → gradient-boosted trees, every
/// configuration scored by purged k-fold, the choice judged by the deflated Sharpe ratio, PBO
/// and (optionally) CPCV, the gate's verdict stored with the run and the model saved for the
/// `model-signal` strategy.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train gradient-boosted trees on triple-barrier labels, validate them out of sample and record the run.",
        discussion: "Grid names: \(ModelGrid.setters.keys.sorted().joined(separator: ", ")). The gate's thresholds come from the `gate:` section of the configuration (minDeflatedSharpe, maxOverfittingProbability, minOutOfSampleNetReturn).")

    @OptionGroup var series: SeriesOptions
    @Option(help: "Feature spec file (JSON or YAML; default: the standard set).") var features: String?
    @OptionGroup var barrier: BarrierOptions
    @Option(help: "Grid axis name=v1,v2 (repeatable; default num_leaves=15,31).") var grid: [String] = []
    @Option(help: "Boosting rounds unless the grid sets them.") var rounds = 100
    @Option(help: "Purged k-fold folds.") var folds = 5
    @Option(help: "Walk-forward instead of k-fold: training window,test block in events (e.g. 2000,500).") var walkForward: String?
    @Flag(help: "With --walk-forward: an anchored window (every past event) instead of a rolling one.") var anchored = false
    @Option(help: "Share of samples embargoed after each test block.") var embargo = 0.01
    @Option(help: "Score 2p-1 a position needs.") var entry = 0.1
    @Option(help: "Cost per position in log-return units (default: the bars' average spread share).") var cost: Double?
    @Option(help: "Combinatorial purged CV of the chosen model: N,k groups.") var cpcv: String?
    @Flag(help: "Weigh each event by its average uniqueness in training (overlapping events share their weight).")
    var uniquenessWeights = false
    @Option(help: "Training threads.") var threads = 1
    @Option(help: "Configuration file with a `gate:` section (default: <home>/ballast.yaml when it exists).") var config: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let series = try self.series.load(home: home)
        let spec = try ConfigLoader.featureSpec(file: features, timeframe: series.timeframe)
        let gate = try ConfigLoader.promotionGate(home: home.path, file: config)
        let triple = try barrier.barrier()
        let events: LabelledEvents
        do {
            events = try LabelledEvents.build(bars: series.columns, spec: spec, barrier: triple, volatilityPeriod: barrier.volatilityPeriod)
        } catch { throw CLIError(.configError, error.description) }
        var base = BoostingParameters()
        base.rounds = rounds
        base.threads = threads
        var settings = StudySettings(configurations: try ModelGrid.configurations(grid.isEmpty ? ["num_leaves=15,31"] : grid, base: base))
        (settings.folds, settings.embargo, settings.entry) = (folds, embargo, entry)
        settings.costPerTrade = cost ?? series.averageSpreadCost
        settings.combinatorial = try cpcv.map(Self.groups)
        settings.walkForward = try walkForward.map(walkForwardSplitter)
        settings.weighsByUniqueness = uniquenessWeights
        let combinatorial = settings.combinatorial.map { CombinatorialPurgedCV(groupCount: $0.groups, testGroupCount: $0.testGroups) }
        var splits = folds
        if let walk = settings.walkForward {
            do throws(CrossValidationError) { splits = try walk.splits(spans: events.spans).count } catch {
                throw CLIError(.usage, "--walk-forward: \(error.description)")
            }
        }
        let models = settings.configurations.count * splits + (combinatorial?.splitCount ?? 0) + 1
        let bar = ProgressBar(label: "training \(models) models", total: models, enabled: !json)
        let result: StudyResult
        do { result = try ModelStudy(settings: settings).run(events) { done, _ in bar.update(done) } } catch {
            throw CLIError(.usage, error.description)
        }
        bar.finish()
        let verdict = gate.evaluate(result.evidence)
        let output = TrainOutput(result, events: events, settings: settings, verdict: verdict, series: series.key)
        let run = try await record(output, result: result, spec: spec, series: series, verdict: verdict, started: started, recorder: recorder)
        print(json ? try JSONOutput.encode(output.with(run: run.id)) : output.text + "\nrecorded as run \(run.id)")
    }

    /// Stores the run with the model, the feature spec and the study as artifacts.
    private func record(_ output: TrainOutput, result: StudyResult, spec: FeatureSpec, series: ResearchSeries, verdict: GateVerdict,
                        started: Timestamp, recorder: RunRecorder) async throws -> ExperimentRun {
        var parameters = barrier.parameters.merging([
            "validation": output.validation, "embargo": "\(embargo)", "entry": "\(entry)", "cost": "\(output.costPerTrade)",
            "uniqueness_weights": "\(uniquenessWeights)",
            "symbol": series.instrument.symbol, "timeframe": series.timeframe.rawValue,
        ]) { $1 }
        // The data the model has seen: a backtest of the model trades only after `data_to`.
        if let first = series.stored.firstTime, let last = series.stored.lastTime {
            parameters["data_from"] = first.iso8601
            parameters["data_to"] = (last + series.timeframe.seconds * Timestamp.nanosPerSecond).iso8601
        }
        for (key, value) in ModelGrid.describe(result.chosen.parameters) { parameters["chosen." + key] = value }
        if !grid.isEmpty { parameters["grid"] = grid.joined(separator: " ") }
        let run = ExperimentRun(kind: .train, name: "gbm \(series.key)", startedAt: started, endedAt: RunRecorder.now(),
                                parameters: parameters, metrics: output.metrics, dataHashes: [series.key: series.stored.contentHash],
                                codeVersion: RunRecorder.codeVersion, trials: result.trials.count, verdict: verdict)
        return try await recorder.record(run, documents: [
            "model.txt": Data(result.model.ensemble.textFormat().utf8), "features.json": Data(try JSONOutput.encode(spec).utf8),
            "train.json": Data(try JSONOutput.encode(output).utf8),
        ])
    }

    private func walkForwardSplitter(_ text: String) throws -> WalkForwardSplitter {
        let parts = text.split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw CLIError(.usage, "--walk-forward takes TRAIN,TEST event counts, got '\(text)'")
        }
        return WalkForwardSplitter(window: anchored ? .anchored(minimumTrainCount: parts[0]) : .rolling(trainCount: parts[0]),
                                   testCount: parts[1])
    }

    static func groups(_ text: String) throws -> (groups: Int, testGroups: Int) {
        let parts = text.split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 2, parts[1] >= 1, parts[1] < parts[0] else {
            throw CLIError(.usage, "--cpcv takes N,k with N ≥ 2 and 1 ≤ k < N, got '\(text)'")
        }
        return (parts[0], parts[1])
    }
}
