/// K-fold cross-validation for samples whose labels span time: `foldCount` contiguous test folds; the
/// training set of each is every other sample, minus those whose span overlaps the fold's span
/// (purge) and minus the `embargoFraction × n` samples right after the fold (embargo).
public struct PurgedKFold: Sendable, Codable, Equatable {
    public var foldCount: Int
    public var embargoFraction: Double

    public init(foldCount: Int, embargoFraction: Double = 0) {
        self.foldCount = foldCount
        self.embargoFraction = embargoFraction
    }

    /// One split per fold, in fold order, over samples with label spans `spans` (ordered by start).
    public func splits(spans: [ClosedRange<Int64>]) throws(CrossValidationError) -> [CrossValidationSplit] {
        try SpanPurging.checkOrdered(spans)
        guard foldCount >= 2 else { throw .invalidSetting(name: "foldCount", reason: "must be at least 2") }
        guard spans.count >= foldCount else { throw .tooFewSamples(count: spans.count, needed: foldCount) }
        let embargo = try SpanPurging.embargoCount(fraction: embargoFraction, sampleCount: spans.count)
        return SpanPurging.blocks(count: spans.count, groups: foldCount).enumerated().map { fold, block in
            let train = SpanPurging.train(candidates: 0..<spans.count, spans: spans, testBlocks: [block], embargo: embargo)
            return CrossValidationSplit(train: train, test: Array(block), testGroups: [fold])
        }
    }
}
