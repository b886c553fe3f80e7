/// What a model study found: every configuration's out-of-sample record, the one chosen, the
/// statistics that judge the choice, and the final model.
public struct StudyResult: Sendable {
    public let trials: [StudyTrial]
    /// Index of the chosen configuration in `trials`.
    public let best: Int
    public let deflatedSharpe: DeflatedSharpeRatio
    /// NaN with a single configuration (CSCV needs several to rank).
    public let overfittingProbability: Double
    /// Sharpe ratios across CPCV paths of the chosen configuration, when asked for.
    public let paths: PathSharpeDistribution?
    /// The chosen configuration trained on every sample.
    public let model: BoostedModel

    public var chosen: StudyTrial { trials[best] }

    /// The promotion gate's evidence: DSR, PBO, and the out-of-sample net return (the mean
    /// over CPCV paths' totals when they were run, else the purged k-fold total).
    public var evidence: GateEvidence {
        GateEvidence(deflatedSharpe: deflatedSharpe.value, overfittingProbability: overfittingProbability,
                     outOfSampleNetReturn: chosen.netReturn)
    }
}
