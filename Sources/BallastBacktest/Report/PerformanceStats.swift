import BallastCore
import Foundation

/// The statistics of a backtest, from its equity curve and trades.
///
/// Returns are daily (the last equity of each UTC day that has bars), annualised with the number
/// of such days per year the data itself shows (about 260 for FX, 252 for stocks, 365 for crypto),
/// so one rule fits every market. Ratios use a zero risk-free rate.
public struct PerformanceStats: Sendable, Equatable, Codable {
    public var initialEquity = 0.0
    public var finalEquity = 0.0
    public var netPnL = 0.0
    public var totalReturn = 0.0
    public var cagr = 0.0
    /// Annualised standard deviation of daily returns.
    public var volatility = 0.0
    public var sharpe = 0.0
    public var sortino = 0.0
    public var calmar = 0.0
    /// Deepest fall from a peak, as a negative fraction.
    public var maxDrawdown = 0.0
    public var maxDrawdownDays = 0.0
    public var trades = 0
    public var winRate = 0.0
    /// Gross profit over gross loss; nil when no trade lost (the ratio is undefined).
    public var profitFactor: Double?
    /// Average net result per trade.
    public var expectancy = 0.0
    public var averageHoldingHours = 0.0
    /// Share of bars with an open position.
    public var exposure = 0.0
    /// Traded notional per year over average equity.
    public var turnover = 0.0
    public var costs = CostBreakdown()
    /// Deployable capital before the participation cap binds (see `CapacityEstimate`); nil when
    /// unknown (no volume in the data).
    public var capacity: Double?

    public init() {}

    public init(curve: PerformanceCurve, trades: [TradeResult], costs: CostBreakdown = CostBreakdown(),
                exposure: Double = 0, tradedNotional: Double = 0) {
        guard let first = curve.values.first, let last = curve.values.last, let t0 = curve.times.first,
              let t1 = curve.times.last else { return }
        initialEquity = first
        finalEquity = last
        netPnL = last - first
        totalReturn = first > 0 ? last / first - 1 : 0
        let years = max(Double(t1 - t0) / 1e9 / 86_400 / 365.25, 1e-9)
        cagr = first > 0 && last > 0 ? pow(last / first, 1 / years) - 1 : -1
        let daily = curve.dailyCloses()
        let returns = zip(daily.dropFirst(), daily).map { now, before in before.value > 0 ? now.value / before.value - 1 : 0 }
        let perYear = Double(daily.count) / years
        let mean = returns.isEmpty ? 0 : returns.reduce(0, +) / Double(returns.count)
        let deviation = Self.deviation(returns, mean: mean, downsideOnly: false)
        let downside = Self.deviation(returns, mean: 0, downsideOnly: true)
        volatility = deviation * perYear.squareRoot()
        sharpe = deviation > 0 ? mean / deviation * perYear.squareRoot() : 0
        sortino = downside > 0 ? mean / downside * perYear.squareRoot() : 0
        let drawdown = DrawdownProfile(curve)
        maxDrawdown = drawdown.maxDrawdown
        maxDrawdownDays = drawdown.longestSeconds / 86_400
        calmar = maxDrawdown < 0 ? cagr / -maxDrawdown : 0
        self.trades = trades.count
        let wins = trades.filter { $0.pnl > 0 }
        let grossProfit = wins.reduce(0) { $0 + $1.pnl }
        let grossLoss = trades.filter { $0.pnl < 0 }.reduce(0) { $0 - $1.pnl }
        winRate = trades.isEmpty ? 0 : Double(wins.count) / Double(trades.count)
        profitFactor = grossLoss > 0 ? grossProfit / grossLoss : nil
        expectancy = trades.isEmpty ? 0 : trades.reduce(0) { $0 + $1.pnl } / Double(trades.count)
        averageHoldingHours = trades.isEmpty ? 0 : trades.reduce(0) { $0 + $1.holdingSeconds } / Double(trades.count) / 3600
        self.exposure = exposure
        let averageEquity = curve.values.reduce(0, +) / Double(curve.count)
        turnover = averageEquity > 0 ? tradedNotional / averageEquity / years : 0
        self.costs = costs
    }

    /// Standard deviation around `mean` (sample), or the downside deviation below it.
    private static func deviation(_ values: [Double], mean: Double, downsideOnly: Bool) -> Double {
        guard values.count > 1 else { return 0 }
        let squares = values.reduce(0.0) { sum, v in
            let d = v - mean
            return downsideOnly && d > 0 ? sum : sum + d * d
        }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
