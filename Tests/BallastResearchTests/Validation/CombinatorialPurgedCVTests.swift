import Testing
@testable import BallastResearch

/// CPCV split and path counts, and path assembly against the N = 6, k = 2 table of López de Prado,
/// *Advances in Financial Machine Learning*, figure 12.2 (15 splits, 5 paths).
@Suite struct CombinatorialPurgedCVTests {
    let cv = CombinatorialPurgedCV(groupCount: 6, testGroupCount: 2)
    let spans: [ClosedRange<Int64>] = (0..<30).map { Int64($0)...Int64($0) }

    @Test func countsSplitsAndPaths() {
        #expect((cv.splitCount, cv.pathCount) == (15, 5))
        let others = [(10, 2), (6, 3), (8, 1)].map { CombinatorialPurgedCV(groupCount: $0.0, testGroupCount: $0.1) }
        #expect(others.map(\.splitCount) == [45, 20, 8])
        // φ = k/N · C(N, k): 2/10 · 45 = 9, 3/6 · 20 = 10, 1/8 · 8 = 1.
        #expect(others.map(\.pathCount) == [9, 10, 1])
    }

    @Test func pathsTakeEachGroupFromTheNextSplitThatTestsIt() {
        // Splits in order: 0 (0,1) 1 (0,2) 2 (0,3) 3 (0,4) 4 (0,5) 5 (1,2) 6 (1,3) 7 (1,4) 8 (1,5)
        // 9 (2,3) 10 (2,4) 11 (2,5) 12 (3,4) 13 (3,5) 14 (4,5). Group 2 is tested by 1, 5, 9, 10, 11.
        #expect(cv.pathSplits == [
            [0, 0, 1, 2, 3, 4], [1, 5, 5, 6, 7, 8], [2, 6, 9, 9, 10, 11], [3, 7, 10, 12, 12, 13], [4, 8, 11, 13, 14, 14],
        ])
    }

    @Test func assembledPathsCoverEverySampleOnceInTimeOrder() throws {
        let splits = try cv.splits(spans: spans)
        #expect(splits[5].testGroups == [1, 2])
        #expect(splits[5].test == Array(5..<15))
        let bySample = try cv.assemblePaths(testOutputs: splits.map { $0.test.map(Double.init) }, sampleCount: 30)
        #expect(bySample.allSatisfy { $0 == (0..<30).map(Double.init) })
        let bySplit = try cv.assemblePaths(testOutputs: splits.enumerated().map { [Double](repeating: Double($0.offset), count: $0.element.test.count) },
                                           sampleCount: 30)
        for (path, splitOfGroup) in cv.pathSplits.enumerated() {
            #expect(bySplit[path] == splitOfGroup.flatMap { [Double](repeating: Double($0), count: 5) })
        }
    }

    @Test func pathSharpeDistributionSummarisesEachPath() throws {
        let splits = try cv.splits(spans: spans)
        // Returns depend on the split, so paths differ: sample s in split j earns (s mod 3) − 1 + j/100.
        let returns = splits.enumerated().map { split, value in value.test.map { Double($0 % 3) - 1 + Double(split) / 100 } }
        let distribution = try cv.pathSharpeRatios(testReturns: returns, sampleCount: 30)
        let paths = try cv.assemblePaths(testOutputs: returns, sampleCount: 30)
        #expect(distribution.sharpeRatios == paths.map { ReturnMoments($0).sharpeRatio })
        #expect(distribution.sharpeRatios.count == 5)
        #expect(distribution.minimum < distribution.median && distribution.median < distribution.maximum)
        #expect(throws: CrossValidationError.self) { try cv.assemblePaths(testOutputs: [[1]], sampleCount: 30) }
    }

    @Test func purgesAndEmbargoesAroundEveryTestGroup() throws {
        // Labels span 2 units; groups of 5. Split (1, 3) tests 5..<10 and 15..<20.
        let wide: [ClosedRange<Int64>] = (0..<30).map { Int64($0)...Int64($0 + 1) }
        let split = try CombinatorialPurgedCV(groupCount: 6, testGroupCount: 2, embargoFraction: 0.05).splits(spans: wide)[6]
        #expect(split.testGroups == [1, 3])
        // Purge drops 4 (spans into 5) and 14 (into 15); embargo ceil(1.5) = 2 drops 10, 11 and 20, 21.
        #expect(split.train == [0, 1, 2, 3, 12, 13, 22, 23, 24, 25, 26, 27, 28, 29])
    }
}
