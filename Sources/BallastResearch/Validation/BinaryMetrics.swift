import Foundation

/// Scores for binary classifiers: ROC AUC and log-loss.
public enum BinaryMetrics {
    /// The area under the ROC curve of `scores` for 0/1 `labels`, with tied scores counted as
    /// half (the trapezoidal rule, as scikit-learn's `roc_auc_score`). NaN when only one class
    /// is present.
    public static func auc(labels: [Double], scores: [Double]) -> Double {
        precondition(labels.count == scores.count, "BinaryMetrics.auc: labels and scores differ in length")
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var positives = 0.0, rankSum = 0.0
        var start = 0
        // Mann-Whitney U: the average rank of each run of equal scores goes to its positives.
        while start < order.count {
            var end = start + 1
            while end < order.count, scores[order[end]] == scores[order[start]] { end += 1 }
            let averageRank = Double(start + end + 1) / 2
            for index in start..<end where labels[order[index]] == 1 {
                positives += 1
                rankSum += averageRank
            }
            start = end
        }
        let negatives = Double(labels.count) - positives
        guard positives > 0, negatives > 0 else { return .nan }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }

    /// Mean negative log-likelihood of 0/1 `labels` under `probabilities`, each clipped to
    /// `[1e-15, 1 - 1e-15]` (scikit-learn's `log_loss` clipping).
    public static func logLoss(labels: [Double], probabilities: [Double]) -> Double {
        precondition(labels.count == probabilities.count, "BinaryMetrics.logLoss: labels and probabilities differ in length")
        guard !labels.isEmpty else { return .nan }
        var sum = 0.0
        for (label, probability) in zip(labels, probabilities) {
            let p = min(max(probability, 1e-15), 1 - 1e-15)
            sum -= label * log(p) + (1 - label) * log(1 - p)
        }
        return sum / Double(labels.count)
    }
}
