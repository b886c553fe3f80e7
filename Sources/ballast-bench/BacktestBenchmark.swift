import ArgumentParser
import BallastBacktest
import BallastCore
import BallastData
import BallastEngine
import CSystemShims
import Foundation

/// `ballast-bench backtest`: the peer standard (`sma-cross` 20/100 on EURUSD M1, next-open fills,
/// half the bar's spread) through the real runner: engine, risk checks, order state, simulated
/// exchange, account and equity curve. Only the run is timed, not the CSV read.
struct BacktestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Run the peer-standard sma-cross backtest on an MT5 bars file; report parity figures and bars/s.")

    @Option(help: "The MT5 'Export bars' CSV (UTC, EURUSD M1).") var data: String
    @Option(help: "Use only the first N bars.") var bars: Int?
    @Option(help: "Timed repetitions; the median is reported.") var repeats = 3
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        // Repeated runs reuse the pages the previous run freed, as a sweep's runs do.
        ballast_keep_freed_memory()
        let read = try MT5BarsReader().read(try ByteSource(path: data),
                                            options: ReadOptions(symbol: PeerStandard.symbol, timeframe: .m1, zone: .utc))
        guard case .bars(var columns) = read.payload else { throw BenchError("\(data) holds no bars") }
        if let bars, bars < columns.count { columns = columns.selecting(Array(0..<max(bars, 0))) }
        let series = BarSeries(symbol: PeerStandard.symbol, timeframe: .m1, columns: columns)
        // Each run's result is compared with the first and then dropped, so the next run reuses
        // the memory it freed: repeated runs measure the engine as a sweep runs it (and as the
        // peers' repeated runs after a warm-up do), not the first touch of fresh pages.
        var first: BacktestResult?
        var times: [Double] = []
        for _ in 0..<max(repeats, 1) {
            let run = try StrategyCatalog.visit("sma-cross", parameters: PeerStandard.strategyParameters,
                                                BacktestRun.Visitor(series: series, digits: read.priceDigits))
            times.append(run.seconds)
            guard let first else {
                first = run.result
                continue
            }
            guard run.result.fills == first.fills, run.result.netPnL == first.netPnL else {
                throw BenchError("a repeated run differs from the first: the engine is not deterministic")
            }
        }
        guard let result = first else { throw BenchError("no run") }
        let seconds = times.sorted()[times.count / 2]
        let fields: [String: Any] = [
            "bars": result.bars, "fills": result.fills.count, "net_pnl": result.netPnL.doubleValue,
            "final_position": result.finalPosition.doubleValue,
            "final_position_lots": result.finalPosition.doubleValue / PeerStandard.lot.doubleValue,
            "trades": result.trades.count, "engine_seconds": seconds, "bars_per_second": Double(result.bars) / seconds,
            "runs": times.count, "anomalies": result.anomalies.count, "risk_rejections": result.rejections.count,
        ]
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print("bars \(result.bars), fills \(result.fills.count), net_pnl \(result.netPnL.formatted(digits: 2)), "
                + "final_position \(result.finalPosition) units")
            print(String(format: "engine %.4f s = %.2f M bars/s (median of %d)", seconds, Double(result.bars) / seconds / 1e6, times.count))
        }
    }
}
