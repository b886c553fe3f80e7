import ArgumentParser
import BallastCore
import BallastData
import Foundation

/// `ballast-bench ingest`: imports an MT5 bars export into a fresh store through the same
/// `Importer` the CLI uses (read, validate against the session calendar, store), then loads the
/// series back from the store.
struct IngestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Import an MT5 bars CSV into a fresh store and load it back; report throughput.")

    @Option(help: "The MT5 'Export bars' CSV to import.") var data: String
    @Option(help: "Symbol the file holds (its name may not say).") var symbol = "EURUSD"
    @Option(help: "Server time zone of the file.") var tz = "UTC"
    @Option(help: "Timed repetitions; medians are reported.") var repeats = 3
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        guard let zone = TimeZoneRule.named(tz) else { throw ValidationError("unknown time zone '\(tz)'") }
        let bytes = Double(try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int ?? 0)
        let catalog = try InstrumentCatalog.shipped()
        var runs: [IngestRun] = []
        for _ in 0..<max(repeats, 1) {
            runs.append(try IngestRun.measure(file: data, symbol: symbol, zone: zone, catalog: catalog))
        }
        let result = IngestResult(runs: runs, fileBytes: bytes)
        if json {
            print(try result.json())
        } else {
            print(result.summary)
        }
    }
}
