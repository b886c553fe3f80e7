import Foundation
import Testing
@testable import BallastResearch

@Suite struct TreeEnsembleTests {
    /// Tree 0: x0 <= 1.5 ? 0.25 : (x1 <= 0 ? -0.5 : 1.0); tree 1 is a single leaf 0.125.
    let ensemble = TreeEnsemble(
        featureCount: 2, splitRule: .lessOrEqual, link: .logistic, baseScore: 0.1,
        roots: [0, ~3], feature: [0, 1], threshold: [1.5, 0], left: [~0, ~1], right: [1, ~2],
        defaultLeft: [true, false], missing: [.nanToDefault, .nanToDefault], leafValue: [0.25, -0.5, 1.0, 0.125])

    func raw(_ row: [Double]) -> Double { row.withUnsafeBufferPointer { ensemble.rawScore(row: $0) } }

    @Test func sumsOneLeafPerTreeOnTheBaseScore() {
        #expect(raw([1.5, 9]) == 0.1 + 0.25 + 0.125)          // 1.5 <= 1.5 goes left
        #expect(raw([2, 0]) == 0.1 - 0.5 + 0.125)
        #expect(raw([2, 0.5]) == 0.1 + 1.0 + 0.125)
    }

    @Test func missingValuesFollowTheDefaultDirection() {
        #expect(raw([.nan, 0.5]) == 0.1 + 0.25 + 0.125)       // node 0 defaults left
        #expect(raw([2, .nan]) == 0.1 + 1.0 + 0.125)          // node 1 defaults right
    }

    @Test func logisticLinkGivesAProbability() {
        let p = [2.0, 0.5].withUnsafeBufferPointer { ensemble.predict(row: $0) }
        #expect(abs(p - 1 / (1 + exp(-1.225))) < 1e-15)
    }
}
