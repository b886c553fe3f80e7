import ArgumentParser
import BallastCore
import BallastData

/// `ballast data resample SYMBOL --from M1 --to H1 H4`: higher timeframes from stored bars or ticks.
struct ResampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resample",
        abstract: "Build higher-timeframe bars from stored bars or ticks and store them.",
        discussion: "Bars are bucketed on the series' source clock (its import zone), as MT5 draws them on the broker's server clock.")

    @Argument(help: "Stored symbol.") var symbol: String
    @Option(help: "Source: a stored timeframe, or `ticks`.") var from: String
    @Option(parsing: .upToNextOption, help: "Target timeframes.") var to: [Timeframe]
    @Option(name: .customLong("tz"), help: "Bucket on this clock instead of the series' source zone.") var zone: String?
    @Option(help: "Price for bars from ticks: bid, mid or last.") var price: TickPriceSource = .bid
    @OptionGroup var home: HomeOption
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable { var series: String, bars: Int, added: Int, unchanged: Int, conflicts: Int }

    func run() throws {
        let store = BarStore(home: home.path)
        var outputs: [Output] = []
        do {
            let sourceKey: SeriesKey = from.lowercased() == "ticks" ? try .ticks(symbol) : try .bars(symbol, try timeframe(from))
            let metadata = try store.metadata(sourceKey)
            let clock = try clockRule(zone ?? metadata.zone)
            let resampler = Resampler(zone: clock)
            for target in to {
                let bars: BarColumns
                if let source = sourceKey.timeframe {
                    bars = try resampler.resample(try store.bars(sourceKey), from: source, to: target)
                } else {
                    bars = try resampler.bars(fromTicks: try store.ticks(sourceKey), timeframe: target, digits: metadata.digits, price: price)
                }
                let record = SourceFileRecord(name: "resampled from \(sourceKey)", contentHash: "derived", rows: bars.count, zone: metadata.zone)
                let report = try store.importBars(bars, into: .bars(symbol, target), digits: metadata.digits,
                                                  zone: metadata.zone, source: record, policy: .replace)
                outputs.append(Output(series: "\(symbol)/\(target.rawValue)", bars: bars.count, added: report.added + report.replaced,
                                      unchanged: report.unchanged, conflicts: report.conflicts))
            }
        } catch let error as StoreError {
            throw CLIError(store: error)
        } catch let error as ResampleError {
            throw CLIError(.usage, error.description)
        }
        if json { print(try JSONOutput.encode(outputs)); return }
        for o in outputs { print("\(o.series): \(o.bars) bars, \(o.added) written, \(o.unchanged) unchanged") }
    }

    private func timeframe(_ text: String) throws -> Timeframe {
        guard let tf = Timeframe(parsing: text) else { throw CLIError(.usage, "--from takes a timeframe or `ticks`, not '\(text)'") }
        return tf
    }

    private func clockRule(_ name: String) throws -> TimeZoneRule {
        guard let rule = TimeZoneRule.named(name) else { throw CLIError(.configError, "unknown time zone '\(name)'") }
        return rule
    }
}

extension TickPriceSource: ExpressibleByArgument {}
