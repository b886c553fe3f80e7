import ArgumentParser
import BallastCore
import BallastEngine

/// The flags every strategy run takes: what to trade, on which bars, with which account.
struct RunOptions: ParsableArguments {
    @Option(help: "Stored symbol (see `ballast data ls`).") var symbol: String
    @Option(help: "Bar timeframe of the stored series.") var timeframe: Timeframe
    @Option(help: "Strategy name.") var strategy = "sma-cross"
    @Option(name: .customLong("param"), help: "Strategy parameter k=v (repeatable); quantity is in lots.") var params: [String] = []
    @Option(help: "First bar time (ISO-8601 UTC).") var from: String?
    @Option(help: "Bars before this time (ISO-8601 UTC).") var to: String?
    @Option(help: "Account deposit.") var deposit = "100000"
    @Option(help: "Account currency.") var currency = "USD"

    /// The strategy list with parameters and defaults, for `discussion`.
    static var strategyHelp: String {
        "Strategies: " + StrategyCatalog.descriptors.map { d in
            "\(d.name) (" + d.parameters.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: ", ") + ")"
        }.joined(separator: "; ")
    }
}
