/// What a sweep ranks by; higher is better for every objective (drawdown is negative).
public enum SweepObjective: String, Sendable, Hashable, CaseIterable, Codable {
    case sharpe, sortino, calmar, netPnL = "net-pnl", cagr, profitFactor = "profit-factor", maxDrawdown = "max-drawdown"

    /// The score of `stats`; runs without a defined value (no losing trade for a profit factor)
    /// score `infinity` only when the value is genuinely unbounded, else `-infinity`.
    public func score(_ stats: PerformanceStats) -> Double {
        switch self {
        case .sharpe: stats.sharpe
        case .sortino: stats.sortino
        case .calmar: stats.calmar
        case .netPnL: stats.netPnL
        case .cagr: stats.cagr
        case .profitFactor: stats.profitFactor ?? (stats.trades > 0 ? .infinity : -.infinity)
        case .maxDrawdown: stats.maxDrawdown
        }
    }
}
