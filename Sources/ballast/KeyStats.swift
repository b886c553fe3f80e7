import BallastBacktest

/// The statistics a research table shows for one run.
struct KeyStats: Encodable {
    var netPnL: Double, sharpe: Double, maxDrawdown: Double, trades: Int

    init(_ s: PerformanceStats) {
        (netPnL, sharpe, maxDrawdown, trades) = (s.netPnL, s.sharpe, s.maxDrawdown, s.trades)
    }

    enum CodingKeys: String, CodingKey {
        case netPnL = "net_pnl", sharpe, maxDrawdown = "max_drawdown", trades
    }

    /// Net PnL, Sharpe, drawdown in percent, trades: table cells.
    var cells: [String] {
        [String(format: "%.2f", netPnL), String(format: "%.2f", sharpe), String(format: "%.2f%%", maxDrawdown * 100), "\(trades)"]
    }
}
