import BallastCore
import BallastResearch
import Foundation
import Testing

@Suite struct RunStoreTests {
    static let start = Timestamp(year: 2026, month: 3, day: 4, hour: 5, minute: 6, second: 7)

    func withHome<T>(_ body: (String) throws -> T) throws -> T {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-runs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        return try body(home)
    }

    static func run(_ name: String = "gbm EURUSD/M1", parameters: [String: String] = ["num_leaves": "31"]) -> ExperimentRun {
        ExperimentRun(kind: .train, name: name, startedAt: start, endedAt: start + 9 * Timestamp.nanosPerSecond,
                      parameters: parameters, metrics: ["auc_test": 0.51, "sharpe": .nan, "calmar": .infinity],
                      dataHashes: ["EURUSD/M1": "xxh64:0123456789abcdef"], codeVersion: "ballast 0.1.0", trials: 12,
                      verdict: GateVerdict(checks: [GateCheck(name: .deflatedSharpe, value: 0.97, threshold: 0.95, rule: .atLeast),
                                                    GateCheck(name: .overfittingProbability, value: 0.3, threshold: 0.2, rule: .atMost)]))
    }

    @Test func idsSortByStartAndSeparateSettings() {
        let a = Self.run(), b = Self.run(parameters: ["num_leaves": "63"])
        #expect(a.id.rawValue.hasPrefix("20260304-050607-train-"))
        #expect(a.id.rawValue.count == "20260304-050607-train-".count + 8)
        #expect(a.id != b.id && a.id == Self.run().id)
    }

    @Test func aRunComesBackAsRecordedWithItsArtifacts() throws {
        try withHome { home in
            let store = RunStore(home: home)
            let model = home + "-model.txt"
            try Data("tree\n".utf8).write(to: URL(fileURLWithPath: model))
            defer { try? FileManager.default.removeItem(atPath: model) }
            let stored = try store.record(Self.run(), artifacts: [model])
            #expect(stored.artifacts == [URL(fileURLWithPath: model).lastPathComponent])
            let back = try store.run(stored.id)
            #expect(back.metrics["auc_test"] == 0.51 && back.metrics["sharpe"]!.isNaN && back.metrics["calmar"] == .infinity)
            #expect(back.verdict?.passed == false && back.trials == 12 && back.dataHashes == stored.dataHashes)
            #expect(FileManager.default.contents(atPath: store.artifactPath(stored.id, stored.artifacts[0])) == Data("tree\n".utf8))
            #expect(try store.runs().map(\.id) == [stored.id])
        }
    }

    @Test func anotherRunWithTheSameIDNeverOverwritesTheFirst() throws {
        try withHome { home in
            let store = RunStore(home: home)
            let first = try store.record(Self.run())
            var twin = Self.run()
            twin.startedAt = Self.start + 1                      // same second, another instant
            let second = try store.record(twin)
            #expect(second.id.rawValue == first.id.rawValue + "-2")
            var tagged = first
            tagged.tags["mlflow.run_id"] = "abc"
            #expect(try store.record(tagged).id == first.id, "the same run recorded again keeps its id")
            #expect(try store.runs().count == 2 && store.run(first.id).tags["mlflow.run_id"] == "abc")
        }
    }

    @Test func aDamagedRunIsReportedNotSkipped() throws {
        try withHome { home in
            let store = RunStore(home: home)
            let stored = try store.record(Self.run())
            try Data("{".utf8).write(to: URL(fileURLWithPath: store.directory + "/" + stored.id.rawValue + "/run.json"))
            #expect(throws: RunStoreError.self) { try store.runs() }
            #expect(throws: RunStoreError.notFound(RunID(rawValue: "nope"))) { try store.run(RunID(rawValue: "nope")) }
        }
    }
}
