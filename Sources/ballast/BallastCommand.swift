import ArgumentParser
import BallastCore

/// `ballast`: research-to-live trading on MetaTrader 5. This is the composition root: the only
/// place that reads the environment and wires concrete types together.
@main
struct BallastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballast",
        abstract: "Ballast: import, validate and store market data; research and trade on MetaTrader 5.",
        discussion: ExitStatus.documentation,
        version: BallastVersion.current,
        subcommands: [DemoCommand.self, DataCommand.self, BacktestCommand.self, SweepCommand.self, WalkForwardCommand.self,
                      FeaturesCommand.self, LabelsCommand.self, TrainCommand.self, ValidateCommand.self,
                      RunsCommand.self, PaperCommand.self]
    )

    /// Runs the command, mapping `CLIError` to its documented exit status and one line on stderr.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch let error as CLIError {
            Terminal.printError("error: \(error.message)")
            Self.exit(withError: ExitCode(error.status.rawValue))
        } catch {
            Self.exit(withError: error)
        }
    }
}
