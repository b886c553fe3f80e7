import BallastBacktest

/// What `ballast sweep` prints.
struct SweepOutput: Encodable {
    struct Trial: Encodable {
        var rank: Int, parameters: [String: String], score: Double, stats: KeyStats

        func encode(to encoder: any Encoder) throws {
            try stats.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(parameters, forKey: .parameters)
            try c.encode(score.isFinite ? score : nil, forKey: .score)
        }

        enum CodingKeys: String, CodingKey { case rank, parameters, score }
    }

    struct Rejection: Encodable { var parameters: [String: String], reason: String }

    var symbol: String, timeframe: String, strategy: String, objective: String
    var trialCount: Int, configurations: Int, trials: [Trial], rejected: [Rejection]

    enum CodingKeys: String, CodingKey {
        case symbol, timeframe, strategy, objective, trialCount = "trial_count", configurations, trials, rejected
    }

    init(_ result: SweepResult, setup: BacktestSetup) {
        symbol = setup.instrument.symbol
        timeframe = setup.timeframe.rawValue
        strategy = setup.strategyName
        objective = result.objective.rawValue
        trialCount = result.trialCount
        configurations = result.configurationCount
        trials = result.trials.enumerated().map { Trial(rank: $0 + 1, parameters: $1.parameters, score: $1.score, stats: KeyStats($1.stats)) }
        rejected = result.rejected.map { Rejection(parameters: $0.parameters, reason: $0.reason) }
    }

    func text(top: Int) -> String {
        var lines = ["\(strategy) on \(symbol) \(timeframe): \(trialCount) configurations run, ranked by \(objective)"
            + (rejected.isEmpty ? "" : " (\(rejected.count) refused by the strategy)")]
        var rows = [["rank", "parameters", "net PnL", "Sharpe", "max DD", "trades"]]
        for trial in trials.prefix(max(top, 1)) {
            let key = trial.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            rows.append(["\(trial.rank)", key] + trial.stats.cells)
        }
        lines.append(TextTable.render(rows))
        return lines.joined(separator: "\n")
    }
}
