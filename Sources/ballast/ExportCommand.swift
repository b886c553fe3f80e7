import ArgumentParser
import BallastCore
import BallastData
import Foundation

/// `ballast data export SYMBOL`: a stored series as CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a stored series as CSV (MT5 layout or ISO-UTC).")

    @OptionGroup var series: SeriesSelection
    @OptionGroup var home: HomeOption
    @Option(help: "mt5 (tab-separated, server clock) or iso (comma-separated, UTC).") var layout: CSVExporter.Layout = .isoUTC
    @Option(name: .customLong("tz"), help: "Server clock for the mt5 layout (default: the series' source zone).") var zone: String?
    @Option(help: "First time to export (ISO-8601, UTC).") var since: String?
    @Option(help: "Export rows before this time (ISO-8601, UTC).") var until: String?
    @Option(help: "Output file (default: standard output).") var out: String?

    func run() throws {
        let store = BarStore(home: home.path)
        let key = try series.resolve(in: store)
        let bytes: [UInt8]
        do {
            let metadata = try store.metadata(key)
            let name = zone ?? metadata.zone
            guard let rule = TimeZoneRule.named(name) else { throw CLIError(.configError, "unknown time zone '\(name)'") }
            let exporter = CSVExporter(layout: layout, digits: metadata.digits, zone: rule)
            let from = try Timestamp.option(since), to = try Timestamp.option(until)
            switch key.kind {
            case .bars: bytes = exporter.export(try store.bars(key, from: from, to: to), timeframe: key.timeframe)
            case .ticks: bytes = exporter.export(try store.ticks(key, from: from, to: to))
            case .values: bytes = exporter.export(try store.values(key, from: from, to: to))
            }
        } catch let error as StoreError {
            throw CLIError(store: error)
        }
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
                throw CLIError(.storeError, "\(out): cannot write")
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}

extension CSVExporter.Layout: ExpressibleByArgument {}
