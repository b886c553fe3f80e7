extension CombinatorialPurgedCV {
    /// Assembles the φ backtest paths from each split's out-of-sample outputs (predictions, positions
    /// or strategy returns). `testOutputs[s]` lines up with `splits[s].test`; each path is one value
    /// per sample, in time order, every group taken from a different split.
    public func assemblePaths(testOutputs: [[Double]], sampleCount: Int) throws(CrossValidationError) -> [[Double]] {
        try validate(sampleCount: sampleCount)
        let groups = groups(sampleCount: sampleCount), chosen = testGroups
        guard testOutputs.count == chosen.count else {
            throw .shapeMismatch(what: "\(testOutputs.count) split outputs for \(chosen.count) splits")
        }
        // Where each group's values start inside a split's test outputs.
        var offsets = [[Int: Int]](repeating: [:], count: chosen.count)
        for (split, groupsOfSplit) in chosen.enumerated() {
            var offset = 0
            for group in groupsOfSplit {
                offsets[split][group] = offset
                offset += groups[group].count
            }
            guard testOutputs[split].count == offset else {
                throw .shapeMismatch(what: "split \(split) has \(testOutputs[split].count) outputs for \(offset) test samples")
            }
        }
        return pathSplits.map { splitOfGroup in
            var path: [Double] = []
            path.reserveCapacity(sampleCount)
            for (group, split) in splitOfGroup.enumerated() {
                let start = offsets[split][group] ?? 0
                path += testOutputs[split][start..<(start + groups[group].count)]
            }
            return path
        }
    }

    /// The distribution of the out-of-sample Sharpe ratio across the φ paths, where
    /// `testReturns[s]` are split `s`'s out-of-sample strategy returns, aligned with its `test`.
    public func pathSharpeRatios(testReturns: [[Double]], sampleCount: Int) throws(CrossValidationError) -> PathSharpeDistribution {
        let paths = try assemblePaths(testOutputs: testReturns, sampleCount: sampleCount)
        return PathSharpeDistribution(sharpeRatios: paths.map { ReturnMoments($0).sharpeRatio })
    }
}
