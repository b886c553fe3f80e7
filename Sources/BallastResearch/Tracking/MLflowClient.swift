import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Logs research runs to an MLflow tracking server through its REST API (2.0): the experiment
/// is found or created by name, then one MLflow run gets the run's parameters, metrics, tags
/// (Ballast run id, kind, code version, data hashes, trial count, gate verdict) and artifacts
/// (uploaded through the server's artifact proxy, `mlflow server --serve-artifacts`, MLflow's
/// default), and is marked finished.
public struct MLflowClient: Sendable {
    public let baseURL: URL
    public let experiment: String

    /// A client of the server at `trackingURI` (e.g. `http://127.0.0.1:5000`, what
    /// `MLFLOW_TRACKING_URI` holds) logging into the experiment named `experiment`.
    public init(trackingURI: String, experiment: String = "ballast") throws(MLflowError) {
        guard let url = URL(string: trackingURI), ["http", "https"].contains(url.scheme ?? "") else {
            throw .badURI(trackingURI)
        }
        baseURL = url
        self.experiment = experiment
    }

    /// Logs `run` as one finished MLflow run, uploading `artifacts` (file paths), and returns
    /// the MLflow run id.
    public func log(_ run: ExperimentRun, artifacts: [String] = []) async throws(MLflowError) -> String {
        let experimentID = try await experimentID()
        let created = try await call("mlflow/runs/create", [
            "experiment_id": experimentID, "run_name": run.id.rawValue,
            "start_time": Self.millis(run.startedAt.nanoseconds), "tags": Self.pairs(tags(of: run)),
        ])
        guard let info = (created["run"] as? [String: Any])?["info"] as? [String: Any], let runID = info["run_id"] as? String else {
            throw .unexpectedReply("mlflow/runs/create", "no run id")
        }
        let time = Self.millis((run.endedAt ?? run.startedAt).nanoseconds)
        let metrics = run.metrics.sorted { $0.key < $1.key }.filter { $0.value.isFinite }
            .map { ["key": $0.key, "value": $0.value, "timestamp": time, "step": 0] as [String: Any] }
        let parameters = run.parameters.sorted { $0.key < $1.key }.map { ["key": $0.key, "value": $0.value] }
        for start in stride(from: 0, to: max(metrics.count, parameters.count, 1), by: 100) {
            _ = try await call("mlflow/runs/log-batch", [
                "run_id": runID, "metrics": Array(metrics.dropFirst(start).prefix(100)),
                "params": Array(parameters.dropFirst(start).prefix(100)),
            ])
        }
        let root = info["artifact_uri"] as? String ?? ""
        for path in artifacts { try await upload(path, artifactURI: root) }
        _ = try await call("mlflow/runs/update", ["run_id": runID, "status": "FINISHED", "end_time": time])
        return runID
    }

    /// The tags MLflow keeps for `run`.
    func tags(of run: ExperimentRun) -> [String: String] {
        var tags = run.tags
        tags["ballast.run_id"] = run.id.rawValue
        tags["ballast.kind"] = run.kind.rawValue
        tags["ballast.name"] = run.name
        tags["ballast.code_version"] = run.codeVersion
        tags["ballast.trials"] = String(run.trials)
        for (input, hash) in run.dataHashes { tags["ballast.data." + input] = hash }
        if let verdict = run.verdict {
            tags["ballast.gate"] = verdict.passed ? "passed" : "failed"
            for check in verdict.checks { tags["ballast.gate." + check.name.rawValue] = check.description }
        }
        return tags
    }

    /// The id of the experiment, created when the server does not have it.
    func experimentID() async throws(MLflowError) -> String {
        let name = experiment.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? experiment
        if let found = try await call("mlflow/experiments/get-by-name?experiment_name=\(name)", nil, missingIsNil: true),
           let id = (found["experiment"] as? [String: Any])?["experiment_id"] as? String {
            return id
        }
        let created = try await call("mlflow/experiments/create", ["name": experiment])
        guard let id = created["experiment_id"] as? String else { throw .unexpectedReply("mlflow/experiments/create", "no experiment id") }
        return id
    }

    static func pairs(_ tags: [String: String]) -> [[String: String]] {
        tags.sorted { $0.key < $1.key }.map { ["key": $0.key, "value": $0.value] }
    }

    static func millis(_ nanoseconds: Int64) -> Int64 { nanoseconds / 1_000_000 }
}
