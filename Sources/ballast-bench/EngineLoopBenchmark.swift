import ArgumentParser
import BallastCore
import BallastData
import BallastEngine
import Foundation

/// `ballast-bench engine-loop`: the engine alone, bar by bar, on synthetic or real bars. Market
/// orders are filled at the next bar's open ± half its spread by a few lines standing in for the
/// exchange, so the fill path runs too; the figure is the engine's cost per bar.
struct EngineLoopBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine-loop",
        abstract: "Time Engine.handle per bar with a built-in strategy (or 'idle') on synthetic or real bars.")

    @Option(help: "Synthetic bars to generate (ignored with --data).") var bars = 10_000_000
    @Option(help: "An MT5 bars CSV to run on instead of synthetic bars.") var data: String?
    @Option(help: "A catalog strategy, 'any:<name>' (the same behind an existential), 'idle' (never trades) or 'flip' (reverses on every bar).") var strategy = "sma-cross"
    @Option(name: .customLong("param"), help: "Strategy parameter k=v (repeatable).") var params: [String] = []
    @Option(help: "Timed repetitions; the median is reported.") var repeats = 5
    @Option(help: "Bars kept per series in the strategy context (0 keeps none; a strategy whose type keeps none, such as sma-cross, has none recorded either way).") var history = 512
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let series = try data.map(EngineLoopData.read) ?? EngineLoopData.synthetic(count: bars)
        var parameters: [String: String] = [:]
        for item in params {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--param expects k=v, got '\(item)'") }
            parameters[String(parts[0])] = String(parts[1])
        }
        let runner = EngineLoopRunner(series: series, repeats: max(repeats, 1), historyLength: history)
        let result = switch strategy {
        case "idle": runner.visit(IdleStrategy())
        case "flip": runner.visit(FlipStrategy())
        case let name where name.hasPrefix("any:"):
            runner.visit(AnyStrategy(try StrategyCatalog.make(String(name.dropFirst(4)), parameters: parameters)))
        default: try StrategyCatalog.visit(strategy, parameters: parameters, runner)
        }
        let baseline = (0..<max(repeats, 1)).map { _ in runner.baseline() }.sorted()[max(repeats, 1) / 2]
        let n = Double(series.bars.count)
        let fields: [String: Any] = [
            "baseline_ns_per_bar": baseline * 1e9 / n, "engine_only_ns_per_bar": (result.seconds - baseline) * 1e9 / n,
            "strategy": strategy, "bars": series.bars.count, "fills": result.fills,
            "final_position": result.finalPosition, "net_pnl": result.netPnL,
            "engine_seconds": result.seconds, "ns_per_bar": result.seconds * 1e9 / Double(series.bars.count),
            "bars_per_second": Double(series.bars.count) / result.seconds, "runs": result.runs.count,
            "fastest_ns_per_bar": (result.runs.min() ?? 0) * 1e9 / n,
        ]
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print("\(strategy): \(series.bars.count) bars, \(result.fills) fills, final position \(result.finalPosition), " +
                  "net PnL \(String(format: "%.2f", result.netPnL))")
            print(String(format: "median %.4f s = %.2f ns/bar = %.1f M bars/s; fastest run %.2f ns/bar", result.seconds,
                         result.seconds * 1e9 / n, n / result.seconds / 1e6, (result.runs.min() ?? 0) * 1e9 / n))
            print(String(format: "data walk alone (bars and events built, no engine): %.2f ns/bar; engine share: %.2f ns/bar",
                         baseline * 1e9 / n, (result.seconds - baseline) * 1e9 / n))
        }
    }
}
