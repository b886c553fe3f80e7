/// What a boosting run produces: the ensemble to predict with, feature importance, and the
/// validation record that early stopping used.
public struct BoostedModel: Sendable {
    public let ensemble: TreeEnsemble
    public let importance: FeatureImportance
    public let parameters: BoostingParameters
    /// Trees kept (the best round under early stopping, else every round trained).
    public let treeCount: Int
    /// Rounds trained, including those early stopping discarded.
    public let roundsTrained: Int
    /// The validation metric after each round (log-loss for binary, MSE for L2); empty without validation.
    public let validationMetric: [Double]
    /// Whether early stopping ended the run.
    public let stoppedEarly: Bool
}
