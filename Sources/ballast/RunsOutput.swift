import BallastResearch
import Foundation

/// What `ballast runs` prints as text.
enum RunsOutput {
    /// One line per run: id, kind, name, trials, gate, and the metrics most runs have.
    static func table(_ runs: [ExperimentRun]) -> String {
        var rows = [["id", "kind", "name", "trials", "gate", "metrics"]]
        for run in runs {
            let metrics = run.metrics.sorted { $0.key < $1.key }.prefix(4).map { "\($0.key)=\(number($0.value))" }.joined(separator: " ")
            rows.append([run.id.rawValue, run.kind.rawValue, run.name, "\(run.trials)", gate(run), metrics])
        }
        return TextTable.render(rows)
    }

    /// Everything recorded about one run.
    static func detail(_ run: ExperimentRun) -> String {
        var lines = ["run \(run.id): \(run.kind.rawValue) \(run.name)",
                     "started \(run.startedAt.iso8601)\(run.endedAt.map { ", ended \($0.iso8601)" } ?? ""); \(run.codeVersion); \(run.trials) trial(s)"]
        lines += section("parameters", run.parameters)
        lines += section("metrics", run.metrics.mapValues(number))
        lines += section("data", run.dataHashes)
        if let verdict = run.verdict {
            lines.append("gate: \(verdict.passed ? "passed" : "failed")")
            lines += verdict.checks.map { "  \($0.description)" }
        }
        if !run.artifacts.isEmpty { lines.append("artifacts: " + run.artifacts.joined(separator: ", ")) }
        lines += section("tags", run.tags)
        return lines.joined(separator: "\n")
    }

    /// The runs' metrics side by side: one row per metric any of them has.
    static func comparison(_ runs: [ExperimentRun]) -> String {
        let keys = Set(runs.flatMap(\.metrics.keys)).sorted()
        var rows = [["metric"] + runs.map(\.id.rawValue), ["trials"] + runs.map { "\($0.trials)" }, ["gate"] + runs.map(gate)]
        for key in keys { rows.append([key] + runs.map { $0.metrics[key].map(number) ?? "-" }) }
        return TextTable.render(rows)
    }

    private static func gate(_ run: ExperimentRun) -> String { run.verdict.map { $0.passed ? "passed" : "failed" } ?? "-" }

    private static func section(_ title: String, _ values: [String: String]) -> [String] {
        values.isEmpty ? [] : ["\(title):"] + values.sorted { $0.key < $1.key }.map { "  \($0.key) = \($0.value)" }
    }

    private static func number(_ value: Double) -> String { String(format: "%.6g", value) }
}
