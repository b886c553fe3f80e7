import Foundation
import Testing
@testable import BallastResearch

@Suite struct BinaryMetricsTests {
    /// Expected values are scikit-learn's `roc_auc_score` and `log_loss` on the same input.
    @Test func aucCountsTiesAsHalf() {
        #expect(BinaryMetrics.auc(labels: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8]) == 0.75)
        #expect(BinaryMetrics.auc(labels: [0, 0, 1, 1, 1], scores: [0.1, 0.5, 0.5, 0.9, 0.2]) == 0.75)
        #expect(abs(BinaryMetrics.auc(labels: [0, 1, 0, 1, 1, 0], scores: [0.3, 0.3, 0.7, 0.7, 0.7, 0.1]) - 0.7222222222222222) < 1e-15)
        #expect(BinaryMetrics.auc(labels: [0, 1, 0, 1], scores: [0.5, 0.5, 0.5, 0.5]) == 0.5)
        #expect(BinaryMetrics.auc(labels: [1, 1], scores: [0.2, 0.3]).isNaN)
    }

    @Test func logLossMatchesScikitLearn() {
        #expect(abs(BinaryMetrics.logLoss(labels: [0, 1, 1], probabilities: [0.2, 0.7, 0.999]) - 0.19360633186217524) < 1e-15)
        #expect(BinaryMetrics.logLoss(labels: [1], probabilities: [0]) == -log(1e-15))
    }
}
