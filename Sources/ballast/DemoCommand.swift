import ArgumentParser
import BallastCore
import BallastData
import Foundation

/// `ballast demo`: the main job on embedded defaults. Writes the generated synthetic sample,
/// imports it into a fresh demo store under `<home>/demo`, prints what validation found, runs
/// `sma-cross` on it and writes the tearsheet to `<home>/demo/tearsheet.html`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import a generated synthetic sample, print its validation report, backtest it and write a tearsheet.")

    @OptionGroup var home: HomeOption
    @Flag(help: "Print the import outcome as JSON.") var json = false

    func run() throws {
        let demoHome = home.path + "/demo"
        let file = demoHome + "/" + SyntheticSample.fileName
        do {
            try? FileManager.default.removeItem(atPath: demoHome + "/store")
            try FileManager.default.createDirectory(atPath: demoHome, withIntermediateDirectories: true)
            try Data(SyntheticSample.mt5Bytes()).write(to: URL(fileURLWithPath: file))
        } catch {
            throw CLIError(.storeError, "cannot write the demo sample under \(demoHome): \(error.localizedDescription)")
        }
        let catalog = try CatalogLoader.load(home: home.path)
        let settings = ImportSettings(zone: TimeZoneRule.named(SyntheticSample.zoneName))
        let outcome = Importer(store: BarStore(home: demoHome), catalog: catalog).importFile(file, settings: settings)
        if outcome.status != .stored {
            print(ImportPrinter.render(outcome))
            throw ExitCode(ImportPrinter.status(of: outcome).rawValue)
        }
        let backtest = try runBacktest(home: demoHome)
        let report = demoHome + "/tearsheet.html"
        do { try Data(BacktestOutput.tearsheet(backtest.outcome, setup: backtest.setup).html().utf8).write(to: URL(fileURLWithPath: report)) } catch {
            throw CLIError(.storeError, "\(report): cannot write: \(error.localizedDescription)")
        }
        if json {
            print(try JSONOutput.encode(DemoOutput(imported: outcome, backtest: BacktestOutput.Summary(backtest.outcome, setup: backtest.setup),
                                                   tearsheet: report)))
            return
        }
        print(introduction(file: file))
        print(ImportPrinter.render(outcome))
        print("\nBacktest of sma-cross (SMA 20/100, 1 lot) on the sample, with the bars' spread and EURUSD's swaps:")
        print(BacktestOutput.text(backtest.outcome, setup: backtest.setup, report: report).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        print("\nStored in \(demoHome). Next:\n  ballast data ls --home \(demoHome)\n  ballast backtest --symbol EURUSD --timeframe M5 --strategy mean-reversion --home \(demoHome)")
    }

    /// sma-cross over the imported sample.
    private func runBacktest(home demoHome: String) throws -> (setup: BacktestSetup, outcome: BacktestSetup.Outcome) {
        var command = try BacktestCommand.parse(["--symbol", "EURUSD", "--timeframe", "M5", "--home", demoHome])
        command.options.strategy = "sma-cross"
        let setup = try BacktestSetup(command.options, home: command.home)
        return (setup, try setup.run())
    }

    struct DemoOutput: Encodable {
        var imported: FileImport
        var backtest: BacktestOutput.Summary
        var tearsheet: String
    }

    private func introduction(file: String) -> String {
        """
        Ballast demo: importing a SYNTHETIC sample (generated from seed \(SyntheticSample.seed); not market data).
        It is two weeks of EURUSD M5 bars in MT5's export layout, on a broker server clock (\(SyntheticSample.zoneName)),
        with flaws planted for validation to find:
        \(SyntheticSample.plantedFlaws.map { "  - " + $0 }.joined(separator: "\n"))

        """
    }
}
