import Foundation

/// L2-regularised logistic regression fitted by Newton's method (IRLS), the simple baseline for
/// the boosted trees. Features are standardised (mean 0, standard deviation 1 on the training
/// rows; NaN is imputed as the mean), and the loss minimised is
/// `Σ logloss(yᵢ, σ(b + w·zᵢ)) + λ/2 · |w|²` — the intercept `b` is not penalised.
public struct LogisticRegression: Sendable {
    /// The L2 penalty λ on the standardised weights.
    public var lambda: Double
    public var maxIterations: Int
    /// Stop when the largest Newton step in any coefficient is below this.
    public var tolerance: Double

    public init(lambda: Double = 1, maxIterations: Int = 50, tolerance: Double = 1e-10) {
        self.lambda = lambda
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// Fits the model on `features` with 0/1 `labels`.
    public func fit(_ features: FeatureMatrix, labels: [Double]) throws(LogisticRegressionError) -> LogisticModel {
        guard features.rowCount > 0 else { throw .emptyTrainingSet }
        guard labels.count == features.rowCount else { throw .invalidLabels("\(labels.count) labels for \(features.rowCount) rows") }
        if let bad = labels.first(where: { $0 != 0 && $0 != 1 }) { throw .invalidLabels("labels must be 0 or 1, found \(bad)") }
        guard lambda >= 0, maxIterations >= 1 else { throw .invalidParameter("lambda must be >= 0 and maxIterations >= 1") }
        let scaling = FeatureScaling(features)
        let width = features.columnCount + 1  // coefficient 0 is the intercept
        var beta = [Double](repeating: 0, count: width)
        let mean = labels.reduce(0, +) / Double(labels.count)
        beta[0] = log(max(mean, 1e-12) / max(1 - mean, 1e-12))
        var row = [Double](repeating: 0, count: width)
        for _ in 0..<maxIterations {
            var gradient = [Double](repeating: 0, count: width)
            var hessian = [Double](repeating: 0, count: width * width)
            for index in 0..<features.rowCount {
                scaling.standardised(row: index, of: features, into: &row)
                var margin = 0.0
                for k in 0..<width { margin += beta[k] * row[k] }
                let p = 1 / (1 + exp(-margin)), weight = max(p * (1 - p), 1e-12), residual = p - labels[index]
                for a in 0..<width {
                    gradient[a] += residual * row[a]
                    let scaled = weight * row[a]
                    for b in a..<width { hessian[a * width + b] += scaled * row[b] }
                }
            }
            for a in 1..<width {
                gradient[a] += lambda * beta[a]
                hessian[a * width + a] += lambda
            }
            guard let step = CholeskySolver.solve(symmetricUpper: hessian, size: width, rightHandSide: gradient) else {
                throw .singular
            }
            var largest = 0.0
            for k in 0..<width {
                beta[k] -= step[k]
                largest = max(largest, abs(step[k]))
            }
            if largest < tolerance { break }
        }
        return LogisticModel(mean: scaling.mean, scale: scaling.scale, intercept: beta[0], weights: Array(beta[1...]))
    }
}

/// Why a logistic regression could not be fitted.
public enum LogisticRegressionError: Error, Equatable, Sendable {
    case emptyTrainingSet
    case invalidLabels(String)
    case invalidParameter(String)
    /// The Newton system had no solution (only possible with `lambda == 0` and collinear features).
    case singular
}
