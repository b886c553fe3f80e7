import ArgumentParser
import BallastCore

/// The stored bar series a research command works on: `--symbol`, `--timeframe`, `--from`, `--to`.
struct SeriesOptions: ParsableArguments {
    @Option(help: "Stored symbol.") var symbol: String
    @Option(help: "Bar timeframe of the stored series.") var timeframe: Timeframe
    @Option(help: "First bar time (ISO-8601 UTC).") var from: String?
    @Option(help: "Bars before this time (ISO-8601 UTC).") var to: String?

    /// The series, loaded from the store under `home`.
    func load(home: HomeOption) throws -> ResearchSeries {
        try ResearchSeries(symbol: symbol, timeframe: timeframe, from: from, to: to, home: home)
    }
}
