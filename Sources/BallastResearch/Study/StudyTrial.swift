/// One configuration's out-of-sample record in a model study.
public struct StudyTrial: Sendable {
    public let parameters: BoostingParameters
    /// Out-of-sample probability of each sample (each is tested exactly once).
    public let predictions: [Double]
    /// Out-of-sample net return of each sample under the study's trading rule.
    public let returns: [Double]
    public let auc: Double
    public let logLoss: Double
    /// Mean over standard deviation of `returns` (per event, not annualised).
    public let sharpe: Double
    /// Sum of `returns`.
    public let netReturn: Double
}
