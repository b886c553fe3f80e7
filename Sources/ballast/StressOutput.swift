import BallastBacktest

/// The stress table `ballast backtest --stress` prints.
enum StressOutput {
    static func text(_ report: StressReport, currency: String) -> String {
        var rows = [["scenario", "net PnL", "Sharpe", "max DD", "trades"]]
        for s in report.scenarios {
            rows.append([s.name, String(format: "%.2f", s.netPnL), String(format: "%.2f", s.sharpe),
                         String(format: "%.2f%%", s.maxDrawdown * 100), "\(s.trades)"])
        }
        let mc = report.monteCarlo
        return [
            "stress (\(currency)):",
            TextTable.render(rows),
            String(format: "without the best %d trades: net PnL %.2f", report.removedBest, report.pnlWithoutBest),
            String(format: "Monte Carlo (%d resampled paths, seed %llu): final PnL p5 %.2f, p50 %.2f, p95 %.2f; max drawdown p5 %.2f%%, p50 %.2f%%, p95 %.2f%%",
                   mc.paths, mc.seed, mc.finalPnL.p5, mc.finalPnL.p50, mc.finalPnL.p95,
                   mc.maxDrawdown.p5 * 100, mc.maxDrawdown.p50 * 100, mc.maxDrawdown.p95 * 100),
        ].joined(separator: "\n")
    }
}
