import ArgumentParser
import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import Foundation

/// `ballast backtest`: a built-in strategy over stored bars, with the instrument's costs.
struct BacktestCommand: ParsableCommand {
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

    func run() throws {
        let setup = try BacktestSetup(options, home: home)
        // Progress only on a terminal and never with --json; without it the run loop counts nothing.
        let bar = ProgressBar(label: "backtesting", total: setup.events, enabled: !json)
        let outcome = try setup.run(progress: bar.isEnabled ? { bar.update($0) } : nil)
        bar.finish()
        if let report { try write(BacktestOutput.tearsheet(outcome, setup: setup).html(), to: report) }
        if let trades { try write(BacktestOutput.tradesCSV(outcome.result), to: trades) }
        let stressed = stress ? try BacktestSetup.mapped { try StressTest(template: setup.template).run(setup.barSeries(for: "--stress")) } : nil
        if json {
            var summary = BacktestOutput.Summary(outcome, setup: setup)
            summary.stress = stressed
            print(try JSONOutput.encode(summary))
        } else {
            print(BacktestOutput.text(outcome, setup: setup, report: report))
            if let stressed { print(StressOutput.text(stressed, currency: setup.deposit.currency)) }
        }
    }

    private func write(_ text: String, to path: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError(.storeError, "\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
