import BallastCore

/// One recorded research run: a training, sweep, walk-forward, validation or backtest, with what
/// it was given (parameters, data hashes, code version), how many configurations it tried, what
/// it measured, the promotion gate's verdict and the files it produced.
public struct ExperimentRun: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case features, labels, train, validate, sweep
        case walkForward = "walk-forward"
        case backtest
    }

    public var id: RunID
    public var kind: Kind
    /// What the run was of, e.g. `gbm EURUSD/M1` or `sma-cross XAUUSD/H1`.
    public var name: String
    public var startedAt: Timestamp
    public var endedAt: Timestamp?
    public var parameters: [String: String]
    /// Measurements; non-finite values are kept (JSON strings `"nan"`, `"inf"`, `"-inf"`).
    public var metrics: [String: Double]
    /// Each input (series key or file name) → a hash of its content (`xxh64:<hex>`).
    public var dataHashes: [String: String]
    /// The Ballast version (and source revision when known) that ran it.
    public var codeVersion: String
    /// Configurations tried to arrive at this result (1 for a single run): the deflated Sharpe
    /// ratio of any result selected from the run needs it.
    public var trials: Int
    /// The promotion gate's verdict, when the run was judged.
    public var verdict: GateVerdict?
    /// File names in the run's artifact folder (model file, tearsheet, CSVs).
    public var artifacts: [String]
    /// Free-form labels; `mlflow.run_id` is added when the run was also logged to MLflow.
    public var tags: [String: String]

    public init(kind: Kind, name: String, startedAt: Timestamp, endedAt: Timestamp? = nil, parameters: [String: String] = [:],
                metrics: [String: Double] = [:], dataHashes: [String: String] = [:], codeVersion: String, trials: Int = 1,
                verdict: GateVerdict? = nil, artifacts: [String] = [], tags: [String: String] = [:]) {
        id = RunID(kind: kind, name: name, parameters: parameters, start: startedAt)
        self.kind = kind
        self.name = name
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.parameters = parameters
        self.metrics = metrics
        self.dataHashes = dataHashes
        self.codeVersion = codeVersion
        self.trials = trials
        self.verdict = verdict
        self.artifacts = artifacts
        self.tags = tags
    }
}
