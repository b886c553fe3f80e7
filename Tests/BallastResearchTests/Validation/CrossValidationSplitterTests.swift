import BallastCore
import Testing
@testable import BallastResearch

/// Walk-forward and purged k-fold splits on hand-worked examples, plus the purge invariant on random
/// label spans.
@Suite struct CrossValidationSplitterTests {
    /// Ten samples whose labels each span three time units: sample i covers [i, i + 2].
    let overlapping: [ClosedRange<Int64>] = (0..<10).map { Int64($0)...Int64($0 + 2) }
    /// Ten samples whose labels end where they start.
    let instant: [ClosedRange<Int64>] = (0..<10).map { Int64($0)...Int64($0) }

    @Test func rollingWalkForwardPurgesLabelsThatReachIntoTheTestBlock() throws {
        let splits = try WalkForwardSplitter(window: .rolling(trainCount: 4), testCount: 2).splits(spans: overlapping)
        // Test [4, 5] spans time [4, 7]: samples 2 ([2, 4]) and 3 ([3, 5]) overlap it, 0 and 1 stay.
        #expect(splits.map(\.test) == [[4, 5], [6, 7], [8, 9]])
        #expect(splits.map(\.train) == [[0, 1], [2, 3], [4, 5]])
    }

    @Test func anchoredWalkForwardGrowsFromTheFirstSample() throws {
        let splits = try WalkForwardSplitter(window: .anchored(minimumTrainCount: 4), testCount: 3).splits(spans: overlapping)
        #expect(splits.map(\.test) == [[4, 5, 6], [7, 8, 9]])
        #expect(splits.map(\.train) == [[0, 1], [0, 1, 2, 3, 4]])
        let stepped = try WalkForwardSplitter(window: .anchored(minimumTrainCount: 8), testCount: 2, step: 1).splits(spans: instant)
        #expect(stepped.map(\.test) == [[8, 9], [9]])
        #expect(stepped.map(\.train.count) == [8, 9])
    }

    @Test func purgedKFoldPurgesBothSidesAndEmbargoesAfterTheTest() throws {
        let folds = try PurgedKFold(foldCount: 5, embargoFraction: 0.1).splits(spans: overlapping)
        #expect(folds.map(\.test) == [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]])
        // Fold 1 tests [2, 3] spanning [2, 5]: 0, 1 (ending at 2, 3) and 4, 5 (starting at 4, 5) overlap it.
        #expect(folds[1].train == [6, 7, 8, 9])
        #expect(folds[4].train == [0, 1, 2, 3, 4, 5])
        // Without overlap only the embargo acts: ceil(0.2 × 10) = 2 samples after each test fold.
        let embargoed = try PurgedKFold(foldCount: 5, embargoFraction: 0.2).splits(spans: instant)
        #expect(embargoed[1].train == [0, 1, 6, 7, 8, 9])
        #expect(embargoed[4].train == [0, 1, 2, 3, 4, 5, 6, 7])
        // Uneven folds put the extra samples first.
        #expect(try PurgedKFold(foldCount: 3).splits(spans: instant).map(\.test.count) == [4, 3, 3])
    }

    @Test func badInputIsATypedError() {
        let unordered: [ClosedRange<Int64>] = [0...1, 5...6, 2...3]
        #expect(throws: CrossValidationError.spansNotOrdered(index: 2)) { try PurgedKFold(foldCount: 2).splits(spans: unordered) }
        #expect(throws: CrossValidationError.tooFewSamples(count: 10, needed: 11)) {
            try WalkForwardSplitter(window: .rolling(trainCount: 10), testCount: 1).splits(spans: instant)
        }
        #expect(throws: CrossValidationError.invalidSetting(name: "embargoFraction", reason: "must be in [0, 1)")) {
            try PurgedKFold(foldCount: 2, embargoFraction: 1).splits(spans: instant)
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func noTrainingLabelOverlapsATestLabel(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var start: Int64 = 0
        let spans: [ClosedRange<Int64>] = (0..<200).map { _ in
            start += Int64(random.next() % 3)
            return start...(start + Int64(random.next() % 12))
        }
        var splits = try PurgedKFold(foldCount: 6, embargoFraction: 0.02).splits(spans: spans)
        splits += try WalkForwardSplitter(window: .rolling(trainCount: 50), testCount: 25).splits(spans: spans)
        splits += try CombinatorialPurgedCV(groupCount: 6, testGroupCount: 2, embargoFraction: 0.02).splits(spans: spans)
        for split in splits {
            let tested = Set(split.test)
            for train in split.train {
                #expect(!tested.contains(train))
                #expect(split.test.allSatisfy { !spans[$0].overlaps(spans[train]) })
            }
        }
    }
}
