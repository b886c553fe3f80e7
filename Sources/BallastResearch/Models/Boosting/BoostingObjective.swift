import Foundation

/// The loss functions: the starting score and the per-row gradient and hessian of the loss
/// with respect to the raw score.
extension BoostingParameters.Objective {
    /// Rejects labels the objective cannot use.
    func validate(_ labels: [Double]) throws(BoostingError) {
        guard self == .binaryLogistic else {
            if labels.contains(where: { !$0.isFinite }) { throw BoostingError.invalidLabels("labels must be finite") }
            return
        }
        if let bad = labels.first(where: { $0 != 0 && $0 != 1 }) {
            throw BoostingError.invalidLabels("binary labels must be 0 or 1, found \(bad)")
        }
    }

    /// The constant first guess (LightGBM's `boost_from_average`): the log-odds of the label
    /// mean for binary, the mean for L2; weighted by `weights` when given.
    func initialScore(_ labels: [Double], weights: [Double]? = nil) -> Double {
        guard !labels.isEmpty else { return 0 }
        let mean = weights.map { w in zip(labels, w).reduce(0) { $0 + $1.0 * $1.1 } / w.reduce(0, +) }
            ?? labels.reduce(0, +) / Double(labels.count)
        switch self {
        case .l2Regression: return mean
        case .binaryLogistic:
            let p = min(max(mean, 1e-15), 1 - 1e-15)
            return log(p / (1 - p))
        }
    }

    /// Writes `(gradient, hessian)` for rows `range`.
    func gradients(scores: UnsafePointer<Double>, labels: UnsafePointer<Double>, into out: UnsafeMutablePointer<SIMD2<Float>>,
                   range: Range<Int>) {
        switch self {
        case .binaryLogistic:
            for row in range {
                let p = 1 / (1 + exp(-scores[row]))
                out[row] = SIMD2(Float(p - labels[row]), Float(p * (1 - p)))
            }
        case .l2Regression:
            for row in range { out[row] = SIMD2(Float(scores[row] - labels[row]), 1) }
        }
    }

    /// The validation metric early stopping watches (lower is better): log-loss or mean squared error.
    func metric(scores: [Double], labels: [Double]) -> Double {
        guard !labels.isEmpty else { return 0 }
        var sum = 0.0
        switch self {
        case .binaryLogistic:
            for (score, label) in zip(scores, labels) {
                let p = min(max(1 / (1 + exp(-score)), 1e-15), 1 - 1e-15)
                sum -= label == 1 ? log(p) : log(1 - p)
            }
        case .l2Regression:
            for (score, label) in zip(scores, labels) { sum += (score - label) * (score - label) }
        }
        return sum / Double(labels.count)
    }
}
