import Foundation

/// A fitted logistic regression: `P(y = 1) = σ(intercept + Σ weights[j] · (x[j] - mean[j]) / scale[j])`,
/// with NaN inputs taken as the mean.
public struct LogisticModel: Sendable, Equatable, Codable {
    public let mean: [Double]
    public let scale: [Double]
    public let intercept: Double
    /// Weights on the standardised features.
    public let weights: [Double]

    public init(mean: [Double], scale: [Double], intercept: Double, weights: [Double]) {
        precondition(mean.count == weights.count && scale.count == weights.count, "LogisticModel: one mean, scale and weight per feature")
        self.mean = mean
        self.scale = scale
        self.intercept = intercept
        self.weights = weights
    }

    /// Probabilities for every row of `matrix`.
    public func predict(_ matrix: FeatureMatrix) -> [Double] {
        precondition(matrix.columnCount == weights.count, "LogisticModel: \(matrix.columnCount) columns for \(weights.count) weights")
        let width = weights.count
        return (0..<matrix.rowCount).map { row in
            var margin = intercept
            for column in 0..<width {
                let value = Double(matrix.values[row * width + column])
                if !value.isNaN { margin += weights[column] * (value - mean[column]) / scale[column] }
            }
            return 1 / (1 + exp(-margin))
        }
    }
}
