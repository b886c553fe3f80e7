import ArgumentParser
import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import BallastResearch
import Foundation

/// `ballast backtest`: a built-in strategy over stored bars, with the instrument's costs.
struct BacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Backtest a built-in strategy on stored bars or ticks; print statistics, write a tearsheet.",
        discussion: RunOptions.strategyHelp)

    @OptionGroup var options: RunOptions
    @Option(help: "Write the HTML tearsheet here.") var report: String?
    @Option(help: "Write the closed trades as CSV here.") var trades: String?
    @Flag(help: "Also rerun with spread x2 and x3 and more slippage, without the best trades, and resampled (Monte Carlo).") var stress = false
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() async throws {
        let started = RunRecorder.now()
        let recorder = try RunRecorder(home: home)
        let setup = try BacktestSetup(options, home: home)
        // Progress only on a terminal and never with --json; without it the run loop counts nothing.
        let bar = ProgressBar(label: "backtesting", total: setup.events, enabled: !json)
        let outcome = try setup.run(progress: bar.isEnabled ? { bar.update($0) } : nil)
        bar.finish()
        if let report { try OutputFile.write(Data(BacktestOutput.tearsheet(outcome, setup: setup).html().utf8), to: report) }
        if let trades { try OutputFile.write(Data(BacktestOutput.tradesCSV(outcome.result).utf8), to: trades) }
        let stressed = stress ? try BacktestSetup.mapped { try StressTest(template: setup.template).run(setup.barSeries(for: "--stress")) } : nil
        var summary = BacktestOutput.Summary(outcome, setup: setup)
        summary.stress = stressed
        let run = try await record(summary, setup: setup, started: started, recorder: recorder)
        if json {
            summary.run = run.id.rawValue
            print(try JSONOutput.encode(summary))
        } else {
            print(BacktestOutput.text(outcome, setup: setup, report: report) + "\nrecorded as run \(run.id)")
            if let stressed { print(StressOutput.text(stressed, currency: setup.deposit.currency)) }
        }
    }

    /// Records the backtest with its summary, and the tearsheet and trades when written.
    private func record(_ summary: BacktestOutput.Summary, setup: BacktestSetup, started: Timestamp,
                        recorder: RunRecorder) async throws -> ExperimentRun {
        var parameters = setup.parameters
        parameters["strategy"] = setup.strategyName
        let run = ExperimentRun(
            kind: .backtest, name: "\(setup.strategyName) \(setup.legs.map(\.symbol).joined(separator: ","))/\(setup.timeframe.rawValue)",
            startedAt: started, endedAt: RunRecorder.now(), parameters: parameters,
            metrics: ["net_pnl": summary.netPnL, "sharpe": summary.sharpe, "sortino": summary.sortino, "max_drawdown": summary.maxDrawdown,
                      "cagr": summary.cagr, "win_rate": summary.winRate, "fills": Double(summary.fills), "trades": Double(summary.trades)],
            dataHashes: setup.dataHashes, codeVersion: RunRecorder.codeVersion,
            tags: setup.modelRuns.isEmpty ? [:] : ["model_runs": setup.modelRuns.map(\.id.rawValue).joined(separator: ",")])
        return try await recorder.record(run, artifacts: [report, trades].compactMap { $0 })
    }
}
