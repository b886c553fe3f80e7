import Foundation

/// The deflated Sharpe ratio (Bailey and López de Prado, "The Deflated Sharpe Ratio: Correcting for
/// Selection Bias, Backtest Overfitting and Non-Normality", *Journal of Portfolio Management* 2014):
/// the probability that the true Sharpe ratio of the chosen strategy exceeds the Sharpe ratio the
/// best of `trialCount` skill-less trials would show by luck, given the track record's length,
/// skewness and kurtosis. All Sharpe ratios are per period (not annualised).
public struct DeflatedSharpeRatio: Sendable, Codable, Equatable {
    public let observedSharpe: Double
    public let observationCount: Int
    public let skewness: Double
    /// Kurtosis γ₄, not excess (3 for normal returns).
    public let kurtosis: Double
    public let trialCount: Int
    /// The variance of the Sharpe ratios across all trials.
    public let trialSharpeVariance: Double
    /// SR₀: the expected maximum Sharpe ratio of `trialCount` trials with no skill.
    public let expectedMaximumSharpe: Double
    /// DSR = PSR(SR₀), in [0, 1].
    public let value: Double

    public init(observedSharpe: Double, observationCount: Int, skewness: Double, kurtosis: Double,
                trialCount: Int, trialSharpeVariance: Double) {
        self.observedSharpe = observedSharpe
        self.observationCount = observationCount
        self.skewness = skewness
        self.kurtosis = kurtosis
        self.trialCount = trialCount
        self.trialSharpeVariance = trialSharpeVariance
        expectedMaximumSharpe = Self.expectedMaximumSharpe(trialCount: trialCount, trialSharpeVariance: trialSharpeVariance)
        value = Self.probabilisticSharpeRatio(observedSharpe: observedSharpe, benchmarkSharpe: expectedMaximumSharpe,
                                              observationCount: observationCount, skewness: skewness, kurtosis: kurtosis)
    }

    /// The DSR of the strategy with `returns`, chosen among trials whose Sharpe ratios were
    /// `trialSharpeRatios` (every trial actually run, the chosen one included).
    public init(returns: [Double], trialSharpeRatios: [Double]) {
        let moments = ReturnMoments(returns)
        let trials = ReturnMoments(trialSharpeRatios)
        let variance = trialSharpeRatios.count > 1 ? trials.standardDeviation * trials.standardDeviation : 0
        self.init(observedSharpe: moments.sharpeRatio, observationCount: moments.count, skewness: moments.skewness,
                  kurtosis: moments.kurtosis, trialCount: trialSharpeRatios.count, trialSharpeVariance: variance)
    }

    /// PSR(SR*) = Φ((SR − SR*) √(T − 1) / √(1 − γ₃ SR + (γ₄ − 1)/4 SR²)); NaN when the variance
    /// term is not positive (extreme skew).
    public static func probabilisticSharpeRatio(observedSharpe: Double, benchmarkSharpe: Double, observationCount: Int,
                                                skewness: Double, kurtosis: Double) -> Double {
        let sr = observedSharpe
        let variance = 1 - skewness * sr + (kurtosis - 1) / 4 * sr * sr
        guard variance > 0, observationCount > 1 else { return .nan }
        let z = (sr - benchmarkSharpe) * Double(observationCount - 1).squareRoot() / variance.squareRoot()
        return NormalDistribution.cdf(z)
    }

    /// SR₀ = √V · ((1 − γ) Φ⁻¹(1 − 1/N) + γ Φ⁻¹(1 − 1/(N e))), γ the Euler–Mascheroni constant;
    /// 0 for a single trial (no selection) or no variance.
    public static func expectedMaximumSharpe(trialCount: Int, trialSharpeVariance: Double) -> Double {
        guard trialCount > 1, trialSharpeVariance > 0 else { return 0 }
        let n = Double(trialCount), gamma = 0.577_215_664_901_532_9
        let z = (1 - gamma) * NormalDistribution.quantile(1 - 1 / n) + gamma * NormalDistribution.quantile(1 - 1 / (n * M_E))
        return trialSharpeVariance.squareRoot() * z
    }
}
