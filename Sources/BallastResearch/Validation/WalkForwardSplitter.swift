/// Walk-forward splits for models: train on a window of the past, test on the block right after it,
/// step forward, repeat. Training samples whose label span reaches into the test block are purged.
public struct WalkForwardSplitter: Sendable, Codable, Equatable {
    /// How the training window moves.
    public enum Window: Sendable, Codable, Equatable {
        /// The last `trainCount` samples before each test block.
        case rolling(trainCount: Int)
        /// Every sample from the first up to each test block; the first test block starts after
        /// `minimumTrainCount` samples.
        case anchored(minimumTrainCount: Int)
    }

    public var window: Window
    /// Samples per test block (the last block may be shorter).
    public var testCount: Int
    /// Samples the window moves per split; `testCount` gives back-to-back test blocks.
    public var step: Int

    public init(window: Window, testCount: Int, step: Int? = nil) {
        self.window = window
        self.testCount = testCount
        self.step = step ?? testCount
    }

    /// The splits over samples with label spans `spans` (ordered by start), in time order.
    public func splits(spans: [ClosedRange<Int64>]) throws(CrossValidationError) -> [CrossValidationSplit] {
        try SpanPurging.checkOrdered(spans)
        guard testCount >= 1 else { throw .invalidSetting(name: "testCount", reason: "must be at least 1") }
        guard step >= 1 else { throw .invalidSetting(name: "step", reason: "must be at least 1") }
        let firstTest: Int
        switch window {
        case let .rolling(trainCount): firstTest = trainCount
        case let .anchored(minimumTrainCount): firstTest = minimumTrainCount
        }
        guard firstTest >= 1 else { throw .invalidSetting(name: "window", reason: "training window must hold at least 1 sample") }
        guard spans.count > firstTest else { throw .tooFewSamples(count: spans.count, needed: firstTest + 1) }
        var splits: [CrossValidationSplit] = []
        var testStart = firstTest
        while testStart < spans.count {
            let test = testStart..<min(testStart + testCount, spans.count)
            let trainStart = if case .rolling = window { testStart - firstTest } else { 0 }
            let train = SpanPurging.train(candidates: trainStart..<testStart, spans: spans, testBlocks: [test], embargo: 0)
            splits.append(CrossValidationSplit(train: train, test: Array(test), testGroups: [splits.count]))
            testStart += step
        }
        return splits
    }
}
