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
        abstract: "Backtest a built-in strategy on stored bars; print statistics, write a tearsheet.",
        discussion: "Strategies: " + StrategyCatalog.descriptors.map { d in
            "\(d.name) (" + d.parameters.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: ", ") + ")"
        }.joined(separator: "; "))

    @Option(help: "Stored symbol (see `ballast data ls`).") var symbol: String
    @Option(help: "Bar timeframe of the stored series.") var timeframe: Timeframe
    @Option(help: "Strategy name.") var strategy = "sma-cross"
    @Option(name: .customLong("param"), help: "Strategy parameter k=v (repeatable); quantity is in lots.") var params: [String] = []
    @Option(help: "First bar time (ISO-8601 UTC).") var from: String?
    @Option(help: "Bars before this time (ISO-8601 UTC).") var to: String?
    @Option(help: "Account deposit.") var deposit = "100000"
    @Option(help: "Account currency.") var currency = "USD"
    @Option(help: "Write the HTML tearsheet here.") var report: String?
    @Option(help: "Write the closed trades as CSV here.") var trades: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var home: HomeOption

    func run() throws {
        let setup = try BacktestSetup(command: self)
        let outcome = try setup.run()
        if let report { try write(BacktestOutput.tearsheet(outcome, setup: setup).html(), to: report) }
        if let trades { try write(BacktestOutput.tradesCSV(outcome.result), to: trades) }
        if json {
            print(try JSONOutput.encode(BacktestOutput.Summary(outcome, setup: setup)))
        } else {
            print(BacktestOutput.text(outcome, setup: setup, report: report))
        }
    }

    private func write(_ text: String, to path: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError(.storeError, "\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
