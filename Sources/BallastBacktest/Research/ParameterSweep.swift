import BallastEngine
import Dispatch

/// Runs a strategy over the same bars once per configuration, across cores, and ranks the runs.
///
/// Each run builds its own engine, exchange and account from the template (values, nothing
/// shared but the read-only bars); results land in their configuration's slot, so the output
/// never depends on scheduling.
public struct ParameterSweep: Sendable {
    public var template: BacktestTemplate
    public var objective: SweepObjective

    public init(template: BacktestTemplate, objective: SweepObjective = .sharpe) {
        self.template = template
        self.objective = objective
    }

    /// Runs every configuration over `series`. Configurations the strategy refuses are listed
    /// as rejected; any other failure (the run cannot start) is thrown. `progress` gets the number
    /// of finished runs after each one, from one thread at a time.
    public func run(_ configurations: [[String: String]], over series: BarSeries,
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> SweepResult {
        let counter = RunCounter(progress)
        let outcomes = Self.parallelMap(configurations) { parameters in
            defer { counter.increment() }
            return Result { () throws -> TrialResult in
                let stats = template.statistics(try template.run(series, parameters: parameters))
                return TrialResult(parameters: parameters, stats: stats, score: objective.score(stats))
            }
        }
        var trials: [TrialResult] = []
        var rejected: [(parameters: [String: String], reason: String)] = []
        for (parameters, outcome) in zip(configurations, outcomes) {
            switch outcome {
            case .success(let trial): trials.append(trial)
            case .failure(let error as StrategyParameterError): rejected.append((parameters, error.description))
            case .failure(let error): throw error
            }
        }
        return SweepResult(objective: objective, trials: trials.sorted(by: TrialResult.ranksBefore), rejected: rejected)
    }

    /// `transform` of every element, computed concurrently, in input order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        // Each index is written by exactly one iteration; concurrentPerform returns after all.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: items.count) { i in shared[i] = transform(items[i]) }
        return slots.map { $0! }
    }
}
