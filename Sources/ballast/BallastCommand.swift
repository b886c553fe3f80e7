import ArgumentParser

/// `ballast`: research-to-live trading on MetaTrader 5. This is the composition root: the only
/// place that reads the environment and wires concrete types together.
@main
struct BallastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballast",
        abstract: "Ballast: import, validate and store market data; research and trade on MetaTrader 5.",
        discussion: ExitStatus.documentation,
        subcommands: [DemoCommand.self, DataCommand.self]
    )
}
