import ArgumentParser
import BallastCore
import BallastData

/// Names one stored series on the command line: `SYMBOL --timeframe TF`, `SYMBOL --ticks` or
/// `NAME --values`. With none of the three, the symbol's only stored series is taken.
struct SeriesSelection: ParsableArguments {
    @Argument(help: "Symbol or series name as stored (see `ballast data ls`).")
    var symbol: String

    @Option(help: "Bar timeframe of the series.")
    var timeframe: Timeframe?

    @Flag(help: "The symbol's ticks.")
    var ticks = false

    @Flag(help: "A value series (FRED and similar).")
    var values = false

    func resolve(in store: BarStore) throws -> SeriesKey {
        do {
            if let timeframe { return try .bars(symbol, timeframe) }
            if ticks { return try .ticks(symbol) }
            if values { return try .values(symbol) }
            let matches = try store.list().map(\.key).filter { $0.name == symbol }
            guard matches.count == 1 else {
                let known = matches.map(\.description).joined(separator: ", ")
                throw CLIError(.usage, matches.isEmpty ? "no stored series named \(symbol) (see `ballast data ls`)"
                                                       : "\(symbol) has several series (\(known)); pass --timeframe, --ticks or --values")
            }
            return matches[0]
        } catch let error as StoreError {
            throw CLIError(store: error)
        }
    }
}
