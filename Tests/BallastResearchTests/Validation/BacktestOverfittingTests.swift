import BallastCore
import Foundation
import Testing
@testable import BallastResearch

/// PBO by CSCV: a matrix small enough to check by hand, pure noise (PBO near 1/2) and a true edge
/// (PBO near 0).
@Suite struct BacktestOverfittingTests {
    /// Two strategies over four periods, one period per block (S = 4, C(4, 2) = 6 partitions), scored
    /// by mean return. s0 earns 1 every period; s1 earns 3, 0, 0, −1.5.
    ///   IS {0,1}: s0 1, s1 1.5 → s1; OOS {2,3}: s0 1, s1 −0.75 → s1 ranks 1 of 2, ω̄ = 1/3, λ = −ln 2
    ///   IS {0,2}: s1 wins (1.5);     OOS {1,3}: s1 −0.75 < 1   → λ = −ln 2
    ///   IS {0,3}: s0 1 > s1 0.75;    OOS {1,2}: s0 1 > s1 0    → s0 ranks 2, ω̄ = 2/3, λ = ln 2
    ///   IS {1,2}: s0 1 > s1 0;       OOS {0,3}: s0 1 > s1 0.75 → λ = ln 2
    ///   IS {1,3}: s0 1 > s1 −0.75;   OOS {0,2}: s1 1.5 > s0 1  → λ = −ln 2
    ///   IS {2,3}: s0 1 > s1 −0.75;   OOS {0,1}: s1 1.5 > s0 1  → λ = −ln 2
    /// Four of six logits are ≤ 0: PBO = 2/3.
    @Test func handCheckedMatrix() throws {
        let pbo = try BacktestOverfitting(returns: [[1, 1, 1, 1, 1, 1, 1, 1], [3, 3, 0, 0, 0, 0, -1.5, -1.5]],
                                          blockCount: 4, metric: .meanReturn)
        let ln2 = log(2.0)
        #expect(pbo.logits.count == 6)
        for (logit, expected) in zip(pbo.logits, [-ln2, -ln2, ln2, ln2, -ln2, -ln2]) { #expect(abs(logit - expected) < 1e-15) }
        #expect(abs(pbo.probability - 2.0 / 3) < 1e-15)
    }

    @Test func tiedOutOfSampleScoresTakeTheAverageRank() throws {
        // Both strategies identical: the in-sample winner (the first) ties out of sample, rank 1.5 of 2,
        // ω̄ = 1/2, λ = 0, which counts as overfit.
        let pbo = try BacktestOverfitting(returns: [[1, 2, 3, 4], [1, 2, 3, 4]], blockCount: 2, metric: .meanReturn)
        #expect(pbo.logits == [0, 0] && pbo.probability == 1)
    }

    static func noise(strategies: Int, periods: Int, seed: UInt64) -> [[Double]] {
        var random = SplitMix64(seed: seed)
        return (0..<strategies).map { _ in (0..<periods).map { _ in random.nextGaussian() * 0.01 } }
    }

    @Test func pureNoiseIsOverfitAboutHalfTheTime() throws {
        // One matrix's PBO varies widely (its partitions share data: 0.06 to 0.99 across these seeds),
        // so average over many seeds (mean 0.527 here; standard error about 0.05).
        let values = try (1...24 as ClosedRange<UInt64>).map { seed in
            try BacktestOverfitting(returns: Self.noise(strategies: 20, periods: 400, seed: seed), blockCount: 8).probability
        }
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs(mean - 0.5) < 0.1, "mean PBO over seeds \(mean): \(values)")
    }

    @Test func aTrueEdgeIsNotOverfit() throws {
        var returns = Self.noise(strategies: 30, periods: 800, seed: 99)
        // Strategy 7 earns a Sharpe of 0.25 per period on top of its noise.
        returns[7] = returns[7].map { $0 + 0.0025 }
        let pbo = try BacktestOverfitting(returns: returns, blockCount: 12)
        #expect(pbo.probability < 0.05, "PBO \(pbo.probability)")
        #expect(pbo.logits.count == 924)
    }

    @Test func badShapesAreTypedErrors() {
        #expect(throws: CrossValidationError.invalidSetting(name: "blockCount", reason: "must be even and at least 2")) {
            try BacktestOverfitting(returns: [[1, 2], [3, 4]], blockCount: 3)
        }
        #expect(throws: CrossValidationError.shapeMismatch(what: "strategies have different lengths")) {
            try BacktestOverfitting(returns: [[1, 2, 3, 4], [3, 4]], blockCount: 2)
        }
        #expect(throws: CrossValidationError.tooFewSamples(count: 4, needed: 8)) {
            try BacktestOverfitting(returns: [[1, 2, 3, 4], [3, 4, 5, 6]], blockCount: 4)
        }
    }
}
