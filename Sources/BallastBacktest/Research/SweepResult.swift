/// A finished sweep: every run configuration ranked best first, and how many were tried.
public struct SweepResult: Sendable, Equatable {
    public var objective: SweepObjective
    /// Best first (ties broken by the parameters' text).
    public var trials: [TrialResult]
    /// Configurations the strategy refused (fast ≥ slow), with the reason; not counted as trials.
    public var rejected: [(parameters: [String: String], reason: String)]

    public init(objective: SweepObjective, trials: [TrialResult], rejected: [(parameters: [String: String], reason: String)] = []) {
        self.objective = objective
        self.trials = trials
        self.rejected = rejected
    }

    /// Configurations run: the trial count a multiple-testing correction needs.
    public var trialCount: Int { trials.count }

    /// Configurations given: run ones and refused ones.
    public var configurationCount: Int { trials.count + rejected.count }

    public var best: TrialResult? { trials.first }

    public static func == (a: SweepResult, b: SweepResult) -> Bool {
        a.objective == b.objective && a.trials == b.trials
            && a.rejected.map(\.reason) == b.rejected.map(\.reason) && a.rejected.map(\.parameters) == b.rejected.map(\.parameters)
    }
}
