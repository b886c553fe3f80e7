import ArgumentParser
import BallastCore
import BallastData
import Foundation

/// `ballast demo`: the main job on embedded defaults. Writes the generated synthetic sample,
/// imports it into a fresh demo store under `<home>/demo`, and prints what validation found.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import a generated synthetic sample into a demo store and print its validation report.")

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
        if json {
            print(try JSONOutput.encode([outcome]))
        } else {
            print(introduction(file: file))
            print(ImportPrinter.render(outcome))
            print("\nStored in \(demoHome). Look inside with:\n  ballast data ls --home \(demoHome)\n  ballast data show EURUSD --timeframe M5 --home \(demoHome)")
        }
        if outcome.status != .stored { throw ExitCode(ImportPrinter.status(of: outcome).rawValue) }
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
