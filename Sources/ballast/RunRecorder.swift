import BallastCore
import BallastResearch
import Foundation

/// Records research runs: always in `<home>/runs`, and also in MLflow when `MLFLOW_TRACKING_URI`
/// is set (experiment `MLFLOW_EXPERIMENT_NAME`, default `ballast`). The local record is written
/// first, so an MLflow failure (reported on stderr) loses nothing.
struct RunRecorder {
    let store: RunStore
    let mlflow: MLflowClient?

    init(home: HomeOption, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        store = RunStore(home: home.path)
        if let uri = environment["MLFLOW_TRACKING_URI"], !uri.isEmpty {
            do { mlflow = try MLflowClient(trackingURI: uri, experiment: environment["MLFLOW_EXPERIMENT_NAME"] ?? "ballast") } catch {
                throw CLIError(.usage, "MLFLOW_TRACKING_URI: \(error.description)")
            }
        } else {
            mlflow = nil
        }
    }

    /// The Ballast version recorded with every run.
    static let codeVersion = "ballast \(BallastVersion.current)"

    /// The wall-clock time a run starts or ends (research runs are stamped with real time).
    static func now() -> Timestamp { Timestamp(nanoseconds: Int64(Date().timeIntervalSince1970 * 1e9)) }

    /// Records a run of `kind` on `setup`'s series: its strategy, the base parameters, the
    /// search's settings, a hash of the bars, and `document` (the command's JSON output) as the
    /// artifact `<kind>.json`.
    func record(_ kind: ExperimentRun.Kind, setup: BacktestSetup, startedAt: Timestamp, settings: [String: String],
                stats: KeyStats, trials: Int, document: String) async throws -> ExperimentRun {
        var parameters = setup.parameters
        parameters["strategy"] = setup.strategyName
        for (key, value) in settings { parameters[key] = value }
        let series = "\(setup.instrument.symbol)/\(setup.timeframe.rawValue)"
        let run = ExperimentRun(
            kind: kind, name: "\(setup.strategyName) \(series)", startedAt: startedAt, endedAt: Self.now(), parameters: parameters,
            metrics: ["net_pnl": stats.netPnL, "sharpe": stats.sharpe, "max_drawdown": stats.maxDrawdown, "trades": Double(stats.trades)],
            dataHashes: setup.dataHashes, codeVersion: Self.codeVersion, trials: trials)
        return try await record(run, documents: ["\(kind.rawValue).json": Data(document.utf8)])
    }

    /// Stores `run` with `documents` (file name → bytes) as its artifacts.
    func record(_ run: ExperimentRun, documents: [String: Data]) async throws -> ExperimentRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-\(run.id.rawValue)-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, bytes) in documents.sorted(by: { $0.key < $1.key }) {
                let file = folder.appendingPathComponent(name)
                try bytes.write(to: file)
                paths.append(file.path)
            }
        } catch {
            throw CLIError(.storeError, "cannot stage the artifacts of run \(run.id): \(error)")
        }
        return try await record(run, artifacts: paths)
    }

    /// Stores `run` with copies of `artifacts`, then logs it to MLflow when configured.
    @discardableResult
    func record(_ run: ExperimentRun, artifacts: [String] = []) async throws -> ExperimentRun {
        var stored: ExperimentRun
        do { stored = try store.record(run, artifacts: artifacts) } catch { throw CLIError(.storeError, error.description) }
        guard let mlflow else { return stored }
        do {
            let id = try await mlflow.log(stored, artifacts: stored.artifacts.map { store.artifactPath(stored.id, $0) })
            stored.tags["mlflow.run_id"] = id
            do { stored = try store.record(stored) } catch { throw CLIError(.storeError, error.description) }
        } catch let error as MLflowError {
            Terminal.printError("warning: run \(stored.id) is recorded in \(store.directory) but not in MLflow: \(error.description)")
        }
        return stored
    }
}
