import ArgumentParser
import BallastResearch
import Foundation

/// `ballast runs`: the research runs recorded under the home (training, validation, sweeps,
/// walk-forwards), listed, shown one at a time, or compared side by side.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List recorded research runs, show one, or compare several.",
        discussion: "With no ids: every run, oldest first. With one id: that run. With several: their metrics side by side.")

    @Argument(help: "Run ids (as listed).") var ids: [String] = []
    @Option(help: "Only runs of this kind: \(ExperimentRun.Kind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() throws {
        let store = RunStore(home: home.path)
        var runs: [ExperimentRun]
        do {
            runs = ids.isEmpty ? try store.runs() : try ids.map { id throws(RunStoreError) in try store.run(RunID(rawValue: id)) }
        } catch {
            throw CLIError(error.isNotFound ? .usage : .storeError, error.description)
        }
        if let kind {
            guard let wanted = ExperimentRun.Kind(rawValue: kind) else {
                throw CLIError(.usage, "--kind '\(kind)' is not one of \(ExperimentRun.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            runs = runs.filter { $0.kind == wanted }
        }
        if json {
            let encoder = RunStore.jsonEncoder
            print(String(decoding: ids.count == 1 ? try encoder.encode(runs[0]) : try encoder.encode(runs), as: UTF8.self))
        } else if ids.count == 1 {
            print(RunsOutput.detail(runs[0]))
        } else if ids.count > 1 {
            print(RunsOutput.comparison(runs))
        } else {
            print(runs.isEmpty ? "no runs recorded in \(store.directory)" : RunsOutput.table(runs))
        }
    }
}

extension RunStoreError {
    var isNotFound: Bool { if case .notFound = self { true } else { false } }
}
