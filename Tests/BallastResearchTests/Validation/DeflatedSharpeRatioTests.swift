import Foundation
import Testing
@testable import BallastResearch

/// The deflated Sharpe ratio against the numerical example of Bailey and López de Prado (2014).
@Suite struct DeflatedSharpeRatioTests {
    /// The paper's example: 100 independent trials whose annualised Sharpe ratios have variance 1/2;
    /// the chosen strategy shows an annualised SR of 2.5 over 5 years of daily returns (T = 1250,
    /// 250 days a year) with skewness −3 and kurtosis 10. The paper reports SR₀ ≈ 0.1132 (per day)
    /// and DSR ≈ 0.9004, i.e. not significant at 95% despite the 2.5 Sharpe.
    ///
    /// By hand: Φ⁻¹(1 − 1/100) = 2.326348, Φ⁻¹(1 − 1/(100e)) = 2.680116, so
    /// SR₀ = √(0.5/250) · (0.422784 · 2.326348 + 0.577216 · 2.680116) = 0.0447214 · 2.530603 = 0.113172;
    /// SR = 2.5/√250 = 0.158114; z = (0.158114 − 0.113172) · √1249 / √(1 + 3 · 0.158114 + 9/4 · 0.025)
    /// = 1.588252 / 1.237171 = 1.283776; Φ(z) = 0.900397.
    @Test func matchesThePapersNumericalExample() {
        let dsr = DeflatedSharpeRatio(observedSharpe: 2.5 / 250.0.squareRoot(), observationCount: 1250, skewness: -3,
                                      kurtosis: 10, trialCount: 100, trialSharpeVariance: 0.5 / 250)
        #expect(abs(dsr.expectedMaximumSharpe - 0.1132) < 5e-5)
        #expect(abs(dsr.value - 0.9004) < 5e-5)
        // The closed form evaluated independently (SciPy's norm.ppf / norm.cdf) to full precision.
        #expect(abs(dsr.expectedMaximumSharpe - 0.11317200186513214) < 1e-12)
        #expect(abs(dsr.value - 0.9003968344493903) < 1e-12)
    }

    @Test func normalQuantileIsAccurateInTheBodyAndTails() {
        #expect(abs(NormalDistribution.quantile(0.975) - 1.959963984540054) < 1e-14)
        #expect(abs(NormalDistribution.quantile(0.99) - 2.3263478740408408) < 1e-14)
        #expect(abs(NormalDistribution.quantile(1e-10) - -6.361340902404056) < 1e-12)
        for p in stride(from: 0.001, to: 1, by: 0.0123) {
            #expect(abs(NormalDistribution.cdf(NormalDistribution.quantile(p)) - p) < 1e-15)
        }
    }

    @Test func psrOfNormalReturnsAgainstZeroAndSingleTrials() {
        // Normal returns (γ₃ = 0, γ₄ = 3), SR 0.1 over 101 periods: z = 0.1 · 10 / √(1 + 0.005).
        let psr = DeflatedSharpeRatio.probabilisticSharpeRatio(observedSharpe: 0.1, benchmarkSharpe: 0, observationCount: 101,
                                                               skewness: 0, kurtosis: 3)
        #expect(abs(psr - NormalDistribution.cdf(1 / 1.005.squareRoot())) < 1e-15)
        // One trial: nothing to deflate, DSR = PSR(0).
        let single = DeflatedSharpeRatio(observedSharpe: 0.1, observationCount: 101, skewness: 0, kurtosis: 3,
                                         trialCount: 1, trialSharpeVariance: 0.3)
        #expect(single.expectedMaximumSharpe == 0 && single.value == psr)
        // More trials raise the bar and lower the DSR.
        let many = DeflatedSharpeRatio(observedSharpe: 0.1, observationCount: 101, skewness: 0, kurtosis: 3,
                                       trialCount: 1000, trialSharpeVariance: 0.001)
        #expect(many.value < psr)
    }

    @Test func fromReturnsUsesTheirMomentsAndTheTrialVariance() {
        let returns = [0.01, -0.02, 0.03, 0.015, -0.005, 0.02, 0.0, 0.012, -0.01, 0.025]
        let trials = [0.1, 0.3, -0.2, 0.25, 0.05]
        let dsr = DeflatedSharpeRatio(returns: returns, trialSharpeRatios: trials)
        let moments = ReturnMoments(returns), spread = ReturnMoments(trials).standardDeviation
        #expect(dsr == DeflatedSharpeRatio(observedSharpe: moments.sharpeRatio, observationCount: 10, skewness: moments.skewness,
                                           kurtosis: moments.kurtosis, trialCount: 5, trialSharpeVariance: spread * spread))
        // Moments by hand on [1, 2, 3, 10]: mean 4, m2 = 12.5, m3 = 45, m4 = 348.5.
        let hand = ReturnMoments([1, 2, 3, 10])
        #expect(hand.mean == 4 && hand.standardDeviation == (50.0 / 3).squareRoot())
        #expect(abs(hand.skewness - 45 / pow(12.5, 1.5)) < 1e-15 && abs(hand.kurtosis - 348.5 / 156.25) < 1e-15)
    }
}
