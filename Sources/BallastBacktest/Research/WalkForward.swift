import BallastCore

/// Walk-forward optimisation: on each fold, sweep the configurations over the training window,
/// run the best on the test window that follows, and chain the test windows' equity.
///
/// Each test run starts flat from the deposit but first replays its training window without
/// trading (a `TradingWindow` refuses earlier intents), so the strategy's indicators are warm when
/// the test window opens; the fold's curve and statistics cover the test window only.
public struct WalkForward: Sendable {
    public var sweep: ParameterSweep
    public var plan: WalkForwardPlan

    public init(sweep: ParameterSweep, plan: WalkForwardPlan) {
        self.sweep = sweep
        self.plan = plan
    }

    /// Runs every fold over `series`; folds whose every configuration is refused are skipped.
    /// `progress` gets the number of training runs finished over all folds.
    public func run(_ configurations: [[String: String]], over series: BarSeries,
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> WalkForwardResult {
        let times = series.openTimes
        var folds: [WalkForwardFold] = []
        var trades: [TradeResult] = []
        for (fold, window) in plan.windows(times: times).enumerated() {
            let before = fold * configurations.count
            let offset: (@Sendable (Int) -> Void)? = progress.map { report in { @Sendable done in report(before + done) } }
            let optimised = try sweep.run(configurations, over: series.slice(window.train), progress: offset)
            guard let best = optimised.best else { continue }
            let testStart = Timestamp(nanoseconds: times[window.test.lowerBound])
            var template = sweep.template
            template.tradingStart = testStart
            let result = try template.run(series.slice(window.train.lowerBound..<window.test.upperBound), parameters: best.parameters)
            let outOfSample = Self.testPart(result, from: testStart, contractSize: template.instrument.contractSize.doubleValue)
            trades += outOfSample.trades
            folds.append(WalkForwardFold(
                window: window, trainStart: Timestamp(nanoseconds: times[window.train.lowerBound]), testStart: testStart,
                testEnd: Timestamp(nanoseconds: times[window.test.upperBound - 1]), parameters: best.parameters,
                inSample: best.stats, outOfSample: outOfSample.stats, curve: outOfSample.curve, trials: optimised.trialCount))
        }
        let curve = Self.stitch(folds.map(\.curve), start: sweep.template.account.deposit.doubleValue)
        return WalkForwardResult(plan: plan, objective: sweep.objective, folds: folds, curve: curve,
                                 outOfSample: PerformanceStats(curve: curve, trades: trades, costs: Self.costs(folds)))
    }

    /// The part of a warmed-up run that lies in its test window: the curve after `start` (every
    /// trade is there, since nothing traded before it) and its statistics.
    static func testPart(_ result: BacktestResult, from start: Timestamp, contractSize: Double)
        -> (curve: PerformanceCurve, trades: [TradeResult], stats: PerformanceStats) {
        let full = result.performanceCurve
        let first = full.times.firstIndex { $0 > start.nanoseconds } ?? full.count
        let curve = PerformanceCurve(times: Array(full.times[first...]), values: Array(full.values[first...]))
        return (curve, result.tradeResults, result.statistics(contractSize: contractSize, over: curve))
    }

    /// The folds' out-of-sample costs added up (each in the currency of its own run).
    static func costs(_ folds: [WalkForwardFold]) -> CostBreakdown {
        folds.reduce(CostBreakdown()) { sum, fold in
            let c = fold.outOfSample.costs
            return CostBreakdown(spread: sum.spread + c.spread, commission: sum.commission + c.commission,
                                 swap: sum.swap + c.swap, slippage: sum.slippage + c.slippage)
        }
    }

    /// Chains curves that each start from `start`: every point of a curve is scaled by the level
    /// the previous curves ended at over `start`, so returns carry over and equity never jumps.
    public static func stitch(_ curves: [PerformanceCurve], start: Double) -> PerformanceCurve {
        var out = PerformanceCurve()
        var level = start
        for curve in curves where start > 0 {
            let scale = level / start
            for (t, v) in zip(curve.times, curve.values) { out.append(time: t, value: v * scale) }
            level = out.values.last ?? level
        }
        return out
    }
}
