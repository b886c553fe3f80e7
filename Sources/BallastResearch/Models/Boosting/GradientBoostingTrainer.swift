import BallastCore

/// Trains gradient-boosted decision trees (histogram-based, leaf-wise, LightGBM's algorithm
/// and defaults) on a `FeatureMatrix`, producing a `TreeEnsemble`.
///
/// Deterministic: the same data, parameters and seed give the same model at any `threads`.
public struct GradientBoostingTrainer: Sendable {
    public var parameters: BoostingParameters

    public init(parameters: BoostingParameters = BoostingParameters()) {
        self.parameters = parameters
    }

    /// Trains on `features` with one label per row; with `validation`, records the metric each
    /// round and, when `earlyStoppingRounds` is set, stops once it stops improving.
    ///
    /// `weights` (one per row, finite and not negative, not all zero) scale each row's gradient
    /// and hessian and the starting score's average, as LightGBM's sample weights do: a row of
    /// weight 2 counts as that row twice (López de Prado weights labels by their uniqueness, so
    /// overlapping events do not count as independent ones). `minDataInLeaf` still counts rows.
    public func train(_ features: FeatureMatrix, labels: [Double], weights: [Double]? = nil,
                      validation: FeatureMatrix? = nil, validationLabels: [Double] = []) throws(BoostingError) -> BoostedModel {
        let parameters = try parameters.validated()
        guard features.rowCount > 0 else { throw BoostingError.emptyTrainingSet }
        guard labels.count == features.rowCount else {
            throw BoostingError.invalidLabels("\(labels.count) labels for \(features.rowCount) rows")
        }
        try parameters.objective.validate(labels)
        if let weights { try Self.validate(weights, rows: features.rowCount) }
        if let validation {
            guard validation.columnNames == features.columnNames else {
                throw BoostingError.featureMismatch("validation columns differ from training columns")
            }
            guard validationLabels.count == validation.rowCount else {
                throw BoostingError.invalidLabels("\(validationLabels.count) validation labels for \(validation.rowCount) rows")
            }
            try parameters.objective.validate(validationLabels)
        }
        let bins = BinnedFeatures.bins(for: features, parameters: parameters)
        let data = BinnedFeatures(features, bins: bins, threads: parameters.threads)
        let held = validation.map { BinnedFeatures($0, bins: bins, threads: parameters.threads) }
        var run = BoostingRun(data: data, labels: labels, weights: weights, parameters: parameters)
        let outcome = run.train(validation: held, validationLabels: validationLabels)
        return outcome.model(bins: bins, names: features.columnNames, parameters: parameters)
    }

    private static func validate(_ weights: [Double], rows: Int) throws(BoostingError) {
        guard weights.count == rows else { throw BoostingError.invalidLabels("\(weights.count) weights for \(rows) rows") }
        if let bad = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw BoostingError.invalidLabels("weight \(weights[bad]) of row \(bad) is not a finite, non-negative number")
        }
        guard weights.contains(where: { $0 > 0 }) else { throw BoostingError.invalidLabels("every weight is zero") }
    }
}
