import ArgumentParser

/// `ballast data …`: import, check, list, inspect, resample and export market data.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Import, validate, list, show, resample and export market data.",
        subcommands: [ImportCommand.self, ValidateCommand.self, ListCommand.self, ShowCommand.self,
                       ResampleCommand.self, ExportCommand.self, VerifyCommand.self]
    )
}
