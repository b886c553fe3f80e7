/// Combinatorial purged cross-validation (López de Prado, *Advances in Financial Machine Learning*,
/// ch. 12): the samples are cut into `groupCount` (N) contiguous groups; every choice of
/// `testGroupCount` (k) groups is one split's test set, so there are C(N, k) splits, each trained on
/// the other groups after purging and embargo around every test group. Each group is tested in
/// C(N−1, k−1) splits, which yields φ = k/N · C(N, k) complete out-of-sample backtest paths.
public struct CombinatorialPurgedCV: Sendable, Codable, Equatable {
    public var groupCount: Int
    public var testGroupCount: Int
    public var embargoFraction: Double

    public init(groupCount: Int, testGroupCount: Int, embargoFraction: Double = 0) {
        self.groupCount = groupCount
        self.testGroupCount = testGroupCount
        self.embargoFraction = embargoFraction
    }

    /// C(N, k): the number of splits.
    public var splitCount: Int { Int(Combinations.count(groupCount, testGroupCount)) }

    /// φ = k/N · C(N, k) = C(N−1, k−1): the number of backtest paths.
    public var pathCount: Int { Int(Combinations.count(groupCount - 1, testGroupCount - 1)) }

    /// The test groups of each split, in split order (lexicographic).
    public var testGroups: [[Int]] { Combinations.all(of: groupCount, choose: testGroupCount) }

    /// The sample ranges of the groups for `sampleCount` samples.
    public func groups(sampleCount: Int) -> [Range<Int>] {
        SpanPurging.blocks(count: sampleCount, groups: groupCount)
    }

    /// All C(N, k) splits over samples with label spans `spans` (ordered by start). A split's `test`
    /// lists its test groups' samples in time order.
    public func splits(spans: [ClosedRange<Int64>]) throws(CrossValidationError) -> [CrossValidationSplit] {
        try validate(sampleCount: spans.count)
        try SpanPurging.checkOrdered(spans)
        let embargo = try SpanPurging.embargoCount(fraction: embargoFraction, sampleCount: spans.count)
        let groups = groups(sampleCount: spans.count)
        return testGroups.map { chosen in
            let blocks = chosen.map { groups[$0] }
            let train = SpanPurging.train(candidates: 0..<spans.count, spans: spans, testBlocks: blocks, embargo: embargo)
            return CrossValidationSplit(train: train, test: blocks.flatMap { Array($0) }, testGroups: chosen)
        }
    }

    /// For each path and group, the split whose test predictions fill that group of that path: path
    /// `p` takes, for group `g`, the `p`-th split (in split order) that tests `g`.
    public var pathSplits: [[Int]] {
        var splitsTesting = [[Int]](repeating: [], count: groupCount)
        for (split, chosen) in testGroups.enumerated() {
            for group in chosen { splitsTesting[group].append(split) }
        }
        return (0..<pathCount).map { path in splitsTesting.map { $0[path] } }
    }

    func validate(sampleCount: Int) throws(CrossValidationError) {
        guard groupCount >= 2 else { throw .invalidSetting(name: "groupCount", reason: "must be at least 2") }
        guard (1..<groupCount).contains(testGroupCount) else {
            throw .invalidSetting(name: "testGroupCount", reason: "must be in 1..<\(groupCount)")
        }
        guard sampleCount >= groupCount else { throw .tooFewSamples(count: sampleCount, needed: groupCount) }
    }
}
