import ArgumentParser
import BallastCore
import BallastEngine

/// The flags every strategy run takes: what to trade, on which bars, with which account.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stored symbol (see `ballast data ls`); repeat it for one backtest over several instruments, merged in time order (the strategy trades the first unless --param symbol= says otherwise).",
                               discussion: "SYMBOL/TF or SYMBOL/ticks picks that symbol's series regardless of --timeframe and --ticks."))
    var symbol: [String] = []
    @Option(help: "Bar timeframe of the stored series; with --ticks, of the bars the strategy gets, built from the ticks.") var timeframe: Timeframe
    @Flag(help: "Replay the stored ticks (fills at the bid and the ask) instead of bars (backtest only).") var ticks = false
    @Option(help: "Strategy name (default: the configuration's, else sma-cross).") var strategy: String?
    @Option(name: .customLong("param"), help: "Strategy parameter k=v (repeatable); quantity is in lots.") var params: [String] = []
    @Option(help: "First bar time (ISO-8601 UTC).") var from: String?
    @Option(help: "Bars before this time (ISO-8601 UTC).") var to: String?
    @Option(help: "Account deposit (default: the configuration's, else 100000).") var deposit: String?
    @Option(help: "Account currency (default: the configuration's, else USD).") var currency: String?
    @Option(help: "Configuration file with a `backtest:` section (default: <home>/ballast.yaml when it exists).") var config: String?

    /// The strategy list with parameters and defaults, for `discussion`.
    static var strategyHelp: String {
        "Strategies: " + StrategyCatalog.descriptors.map { d in
            "\(d.name) (" + d.parameters.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: ", ") + ")"
        }.joined(separator: "; ") + "; " + ModelSignalLoader.help
    }
}
