import Foundation

/// The tables of a tearsheet.
enum TearsheetTables {
    /// Strategy and benchmark statistics side by side.
    static func headline(_ stats: PerformanceStats, benchmarks: [(name: String, stats: PerformanceStats)]) -> String {
        let columns = [("Strategy", stats)] + benchmarks.map { ($0.name, $0.stats) }
        let rows: [(String, (PerformanceStats) -> String)] = [
            ("Net PnL", { money($0.netPnL) }), ("Total return", { percent($0.totalReturn) }), ("CAGR", { percent($0.cagr) }),
            ("Volatility", { percent($0.volatility) }), ("Sharpe", { ratio($0.sharpe) }), ("Sortino", { ratio($0.sortino) }),
            ("Calmar", { ratio($0.calmar) }), ("Max drawdown", { percent($0.maxDrawdown) }),
            ("Longest drawdown (days)", { String(format: "%.0f", $0.maxDrawdownDays) }), ("Trades", { String($0.trades) }),
            ("Win rate", { percent($0.winRate) }), ("Profit factor", { $0.profitFactor.map(ratio) ?? "–" }),
            ("Expectancy", { money($0.expectancy) }), ("Average holding (h)", { String(format: "%.1f", $0.averageHoldingHours) }),
            ("Exposure", { percent($0.exposure) }), ("Turnover (per year)", { ratio($0.turnover) }),
            ("Capacity (10% of volume)", { $0.capacity.map(money) ?? "–" }),
        ]
        var html = "<table><tr><th></th>" + columns.map { "<th>\(HTML.escape($0.0))</th>" }.joined() + "</tr>"
        for (name, value) in rows {
            html += "<tr><th>\(name)</th>" + columns.map { "<td>\(value($0.1))</td>" }.joined() + "</tr>"
        }
        return html + "</table>"
    }

    static func costs(_ costs: CostBreakdown) -> String {
        let rows = [("Spread", costs.spread), ("Commission", costs.commission), ("Swap", costs.swap), ("Slippage", costs.slippage),
                    ("Total", costs.total)]
        return "<section><h2>Costs</h2><table>" + rows.map { "<tr><th>\($0.0)</th><td>\(money($0.1))</td></tr>" }.joined() + "</table></section>"
    }

    static func money(_ v: Double) -> String { String(format: "%.2f", v) }
    static func percent(_ v: Double) -> String { String(format: "%.2f%%", v * 100) }
    static func ratio(_ v: Double) -> String { String(format: "%.2f", v) }
}
