import ArgumentParser
import BallastCore
import BallastBacktest
import CSystemShims

/// `ballast sweep`: one backtest per parameter configuration, across cores, ranked.
struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Backtest a strategy once per parameter configuration (grid or random search) and rank the runs.",
        discussion: RunOptions.strategyHelp)

    @OptionGroup var options: RunOptions
    @OptionGroup var search: SearchOptions
    @Option(help: "Rows to print (text output).") var top = 20
    @Flag(help: "Print JSON (every run, ranked).") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        ballast_keep_freed_memory()   // each run reuses the pages the one before it freed
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let setup = try BacktestSetup(options, home: home)
        let sweep = ParameterSweep(template: setup.template, objective: try search.rankBy())
        let configurations = try search.configurations()
        let bar = ProgressBar(label: "sweeping", total: configurations.count)
        let series = try setup.barSeries(for: "sweep")
        let result = try BacktestSetup.mapped { try sweep.run(configurations, over: series) { bar.update($0) } }
        bar.finish()
        guard !result.trials.isEmpty else {
            throw CLIError(.usage, "the strategy refused every configuration: \(result.rejected.first?.reason ?? "none given")")
        }
        let output = SweepOutput(result, setup: setup)
        let document = try JSONOutput.encode(output)
        let run = try await recorder.record(.sweep, setup: setup, startedAt: started, settings: search.settings,
                                            stats: output.trials[0].stats, trials: result.trialCount, document: document)
        print(json ? document : output.text(top: top) + "\nrecorded as run \(run.id)")
    }
}
