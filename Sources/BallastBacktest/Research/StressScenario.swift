/// One stressed rerun of a backtest and its key statistics.
public struct StressScenario: Sendable, Equatable, Codable {
    /// What was changed ("spread x2").
    public var name: String
    public var netPnL: Double
    public var sharpe: Double
    public var maxDrawdown: Double
    public var trades: Int

    public init(name: String, stats: PerformanceStats) {
        self.name = name
        netPnL = stats.netPnL
        sharpe = stats.sharpe
        maxDrawdown = stats.maxDrawdown
        trades = stats.trades
    }

    enum CodingKeys: String, CodingKey {
        case name, netPnL = "net_pnl", sharpe, maxDrawdown = "max_drawdown", trades
    }
}
