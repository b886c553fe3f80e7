/// Reruns a backtest with spread ×2 and ×3 and slippage ×2 (one point then two when none is
/// configured), removes the best trades and resamples the trades (Monte Carlo).
public struct StressTest: Sendable {
    public var template: BacktestTemplate
    /// How many of the best trades to remove.
    public var removeBest: Int
    public var paths: Int
    public var seed: UInt64

    public init(template: BacktestTemplate, removeBest: Int = 5, paths: Int = 1000, seed: UInt64 = 1) {
        self.template = template
        self.removeBest = removeBest
        self.paths = paths
        self.seed = seed
    }

    /// The cost scenarios, by name, unchanged first.
    public var variants: [(name: String, template: BacktestTemplate)] {
        var out = [("baseline", template)]
        for factor in [2, 3] as [Int64] {
            var t = template
            t.spread = ScaledSpread.scaling(template.spread, by: factor)
            out.append(("spread x\(factor)", t))
        }
        if template.slippage is NoSlippage {
            for points in [1, 2] as [Int64] {
                var t = template
                t.slippage = FixedSlippage(points: points)
                out.append(("slippage \(points) pt", t))
            }
        } else {
            var t = template
            t.slippage = ScaledSlippage(template.slippage, factor: 2)
            out.append(("slippage x2", t))
        }
        return out
    }

    /// Runs the scenarios over `series` (concurrently) with `parameters`.
    public func run(_ series: BarSeries, parameters: [String: String] = [:]) throws -> StressReport {
        let variants = variants
        let outcomes = ParameterSweep.parallelMap(Array(variants.indices)) { i in
            Result { try variants[i].template.run(series, parameters: parameters) }
        }
        let results = try outcomes.map { try $0.get() }
        let scenarios = zip(variants, results).map { StressScenario(name: $0.name, stats: $0.template.statistics($1)) }
        let pnls = results[0].tradeResults.map(\.pnl)
        let best = pnls.sorted(by: >).prefix(removeBest).filter { $0 > 0 }
        return StressReport(scenarios: scenarios, removedBest: best.count,
                            pnlWithoutBest: results[0].netPnL.doubleValue - best.reduce(0, +),
                            monteCarlo: MonteCarloTrades(pnls: pnls, deposit: template.account.deposit.doubleValue,
                                                         paths: paths, seed: seed))
    }
}
