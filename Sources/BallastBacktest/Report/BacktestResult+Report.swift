import BallastCore

extension BacktestResult {
    /// The equity curve as analytics take it.
    public var performanceCurve: PerformanceCurve { PerformanceCurve(times: equity.times, values: equity.equity) }

    /// Closed trades as analytics take them: net results in the account currency.
    public var tradeResults: [TradeResult] {
        trades.map { trade in
            TradeResult(symbol: trade.symbol, direction: trade.side == .buy ? 1 : -1, quantity: trade.quantity.doubleValue,
                        entryTime: trade.entryTime, exitTime: trade.exitTime, entryPrice: trade.entryPrice.doubleValue,
                        exitPrice: trade.exitPrice.doubleValue, pnl: trade.netProfit.doubleValue,
                        costs: trade.commission.doubleValue - trade.swap.doubleValue)
        }
    }

    /// Costs by kind, in the account currency.
    public var costBreakdown: CostBreakdown {
        CostBreakdown(spread: costs.spread.doubleValue, commission: costs.commission.doubleValue,
                      swap: costs.swap.doubleValue, slippage: costs.slippage.doubleValue)
    }

    /// The statistics of the run, or of the part of it that `curve` covers (a walk-forward test
    /// window after its warm-up). Exposure is the share of the curve's span with a trade open;
    /// turnover counts each fill's traded value at its price in the instrument's quote units.
    public func statistics(contractSize: Double = 1, over curve: PerformanceCurve? = nil) -> PerformanceStats {
        let curve = curve ?? performanceCurve
        let span = Double((curve.times.last ?? 0) - (curve.times.first ?? 0))
        let held = trades.reduce(0.0) { $0 + Double($1.exitTime.nanoseconds - $1.entryTime.nanoseconds) }
        let notional = fills.reduce(0.0) { $0 + $1.quantity.doubleValue * contractSize * $1.price.doubleValue }
        return PerformanceStats(curve: curve, trades: tradeResults, costs: costBreakdown,
                                exposure: span > 0 ? min(held / span, 1) : 0, tradedNotional: notional)
    }
}
