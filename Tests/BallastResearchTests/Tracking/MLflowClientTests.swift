import BallastCore
import BallastResearch
import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The test server's URL, from the environment.
private let mlflowURI = ProcessInfo.processInfo.environment["BALLAST_TEST_MLFLOW_URI"]

/// Logs a run to a real `mlflow server` (started by `.ci/run`, URL in `BALLAST_TEST_MLFLOW_URI`)
/// and reads it back through MLflow's own REST API.
@Suite(.enabled(if: mlflowURI != nil, "BALLAST_TEST_MLFLOW_URI is not set: MLflow logging tests skipped"))
struct MLflowClientTests {
    static let uri = mlflowURI

    func get(_ path: String) async throws -> [String: Any] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: Self.uri! + "/api/2.0/" + path)!)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aRunArrivesWithItsParametersMetricsTagsAndArtifacts() async throws {
        let experiment = "ballast-test-\(UUID().uuidString.prefix(8))"
        let client = try MLflowClient(trackingURI: Self.uri!, experiment: experiment)
        let artifact = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).txt").path
        try Data("tree=0\n".utf8).write(to: URL(fileURLWithPath: artifact))
        defer { try? FileManager.default.removeItem(atPath: artifact) }
        let runID = try await client.log(RunStoreTests.run(), artifacts: [artifact])

        let run = try #require(try await get("mlflow/runs/get?run_id=\(runID)")["run"] as? [String: Any])
        let info = try #require(run["info"] as? [String: Any])
        #expect(info["status"] as? String == "FINISHED")
        let data = try #require(run["data"] as? [String: Any])
        let params = (data["params"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        let metrics = Dictionary(uniqueKeysWithValues: (data["metrics"] as? [[String: Any]] ?? [])
            .compactMap { m in (m["key"] as? String).map { ($0, m["value"] as? Double ?? .nan) } })
        let tags = Dictionary(uniqueKeysWithValues: (data["tags"] as? [[String: Any]] ?? [])
            .compactMap { t in (t["key"] as? String).map { ($0, t["value"] as? String ?? "") } })
        #expect(params == ["num_leaves"])
        #expect(metrics == ["auc_test": 0.51], "non-finite metrics are left out (JSON has no NaN)")
        #expect(tags["ballast.run_id"] == RunStoreTests.run().id.rawValue && tags["ballast.trials"] == "12")
        #expect(tags["ballast.gate"] == "failed" && tags["ballast.data.EURUSD/M1"] == "xxh64:0123456789abcdef")
        let files = try await get("mlflow/artifacts/list?run_id=\(runID)")["files"] as? [[String: Any]] ?? []
        #expect(files.compactMap { $0["path"] as? String } == [URL(fileURLWithPath: artifact).lastPathComponent])
    }
}
