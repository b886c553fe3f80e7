/// The thresholds a model or strategy must pass before it may run in paper or live trading, read from
/// configuration. Keys (all optional, camelCase like the other configuration): `minDeflatedSharpe`
/// (default 0.95), `maxOverfittingProbability` (0.2), `minOutOfSampleNetReturn` (0; the return must
/// be strictly greater). Unknown keys are rejected so that a misspelt threshold is not ignored.
public struct PromotionGate: Sendable, Codable, Equatable {
    public var minDeflatedSharpe: Double
    public var maxOverfittingProbability: Double
    public var minOutOfSampleNetReturn: Double

    public init(minDeflatedSharpe: Double = 0.95, maxOverfittingProbability: Double = 0.2,
                minOutOfSampleNetReturn: Double = 0) {
        self.minDeflatedSharpe = minDeflatedSharpe
        self.maxOverfittingProbability = maxOverfittingProbability
        self.minOutOfSampleNetReturn = minOutOfSampleNetReturn
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case minDeflatedSharpe, maxOverfittingProbability, minOutOfSampleNetReturn
    }

    public init(from decoder: any Decoder) throws {
        try UnknownKeys.check(decoder, known: CodingKeys.allCases.map(\.rawValue), in: "promotion gate")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = PromotionGate()
        minDeflatedSharpe = try container.decodeIfPresent(Double.self, forKey: .minDeflatedSharpe) ?? defaults.minDeflatedSharpe
        maxOverfittingProbability = try container.decodeIfPresent(Double.self, forKey: .maxOverfittingProbability)
            ?? defaults.maxOverfittingProbability
        minOutOfSampleNetReturn = try container.decodeIfPresent(Double.self, forKey: .minOutOfSampleNetReturn)
            ?? defaults.minOutOfSampleNetReturn
    }

    /// Checks the evidence against every threshold; a NaN statistic fails its check.
    public func evaluate(_ evidence: GateEvidence) -> GateVerdict {
        GateVerdict(checks: [
            GateCheck(name: .deflatedSharpe, value: evidence.deflatedSharpe, threshold: minDeflatedSharpe, rule: .atLeast),
            GateCheck(name: .overfittingProbability, value: evidence.overfittingProbability,
                      threshold: maxOverfittingProbability, rule: .atMost),
            GateCheck(name: .outOfSampleNetReturn, value: evidence.outOfSampleNetReturn,
                      threshold: minOutOfSampleNetReturn, rule: .greaterThan),
        ])
    }
}

/// The statistics a promotion decision rests on.
public struct GateEvidence: Sendable, Codable, Equatable {
    /// The deflated Sharpe ratio from the number of trials actually run.
    public var deflatedSharpe: Double
    /// PBO from CSCV.
    public var overfittingProbability: Double
    /// Out-of-sample return net of costs (e.g. the mean over CPCV paths or the walk-forward total).
    public var outOfSampleNetReturn: Double

    public init(deflatedSharpe: Double, overfittingProbability: Double, outOfSampleNetReturn: Double) {
        self.deflatedSharpe = deflatedSharpe
        self.overfittingProbability = overfittingProbability
        self.outOfSampleNetReturn = outOfSampleNetReturn
    }
}
