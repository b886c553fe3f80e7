/// A finished walk-forward: the folds, their stitched out-of-sample curve and its statistics.
public struct WalkForwardResult: Sendable, Equatable {
    public var plan: WalkForwardPlan
    public var objective: SweepObjective
    public var folds: [WalkForwardFold]
    /// The folds' out-of-sample curves chained by returns: each fold starts where the last ended.
    public var curve: PerformanceCurve
    /// Statistics of the stitched curve with every fold's trades.
    public var outOfSample: PerformanceStats

    public init(plan: WalkForwardPlan, objective: SweepObjective, folds: [WalkForwardFold], curve: PerformanceCurve,
                outOfSample: PerformanceStats) {
        self.plan = plan
        self.objective = objective
        self.folds = folds
        self.curve = curve
        self.outOfSample = outOfSample
    }

    /// Every configuration run over all folds (folds × configurations when none were refused).
    public var trialCount: Int { folds.reduce(0) { $0 + $1.trials } }
}
