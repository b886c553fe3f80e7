import BallastCore

/// One walk-forward fold: its windows, the parameters chosen in-sample, and both results.
public struct WalkForwardFold: Sendable, Equatable {
    public var window: WalkForwardWindow
    /// Open time of the first training bar, and of the first and last test bars.
    public var trainStart: Timestamp
    public var testStart: Timestamp
    public var testEnd: Timestamp
    /// The best configuration on the training window (the template's base parameters not repeated).
    public var parameters: [String: String]
    public var inSample: PerformanceStats
    public var outOfSample: PerformanceStats
    /// The out-of-sample equity curve as run (starting from the deposit).
    public var curve: PerformanceCurve
    /// Configurations run on the training window.
    public var trials: Int

    public init(window: WalkForwardWindow, trainStart: Timestamp, testStart: Timestamp, testEnd: Timestamp,
                parameters: [String: String], inSample: PerformanceStats, outOfSample: PerformanceStats,
                curve: PerformanceCurve, trials: Int) {
        self.window = window
        self.trainStart = trainStart
        self.testStart = testStart
        self.testEnd = testEnd
        self.parameters = parameters
        self.inSample = inSample
        self.outOfSample = outOfSample
        self.curve = curve
        self.trials = trials
    }
}
