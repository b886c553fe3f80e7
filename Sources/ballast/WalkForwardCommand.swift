import ArgumentParser
import BallastBacktest
import CSystemShims

/// `ballast walkforward`: optimise on each training window, test on the next, stitch the tests.
struct WalkForwardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walkforward",
        abstract: "Walk-forward: sweep on each training window, run the best configuration on the test window after it.",
        discussion: RunOptions.strategyHelp)

    @OptionGroup var options: RunOptions
    @OptionGroup var search: SearchOptions
    @Option(help: "Training window in bars.") var trainBars: Int?
    @Option(help: "Test window in bars.") var testBars: Int?
    @Option(help: "Training window in days (instead of bars).") var trainDays: Int?
    @Option(help: "Test window in days (instead of bars).") var testDays: Int?
    @Flag(help: "Anchored windows: every training window starts at the first bar.") var anchored = false
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        ballast_keep_freed_memory()   // each run reuses the pages the one before it freed
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let plan = WalkForwardPlan(train: try length(trainBars, trainDays, "train"), test: try length(testBars, testDays, "test"),
                                   anchored: anchored)
        let setup = try BacktestSetup(options, home: home)
        let walk = WalkForward(sweep: ParameterSweep(template: setup.template, objective: try search.rankBy()), plan: plan)
        let configurations = try search.configurations()
        let series = try setup.barSeries(for: "walkforward")
        let bar = ProgressBar(label: "walking forward", total: plan.windows(times: series.openTimes).count * configurations.count)
        let result = try BacktestSetup.mapped { try walk.run(configurations, over: series) { bar.update($0) } }
        bar.finish()
        guard !result.folds.isEmpty else {
            throw CLIError(.usage, "no complete fold: \(series.count) bars are too few for these windows, or every configuration was refused")
        }
        let output = WalkForwardOutput(result, setup: setup)
        let document = try JSONOutput.encode(output)
        var settings = search.settings
        settings["train"] = trainBars.map { "\($0) bars" } ?? "\(trainDays ?? 0) days"
        settings["test"] = testBars.map { "\($0) bars" } ?? "\(testDays ?? 0) days"
        settings["anchored"] = String(anchored)
        let run = try await recorder.record(.walkForward, setup: setup, startedAt: started, settings: settings,
                                            stats: output.outOfSample, trials: result.trialCount, document: document)
        print(json ? document : output.text + "\nrecorded as run \(run.id)")
    }

    private func length(_ bars: Int?, _ days: Int?, _ name: String) throws -> WalkForwardPlan.Length {
        switch (bars, days) {
        case (let n?, nil) where n > 0: return .bars(n)
        case (nil, let n?) where n > 0: return .days(n)
        default: throw CLIError(.usage, "give exactly one of --\(name)-bars and --\(name)-days, a positive number")
        }
    }
}
