import BallastCore
import BallastExecution
import Testing

@Suite struct RetryPolicyTests {
    @Test func backoffDoublesUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 8, initialDelay: 100, maxDelay: 1_000, multiplier: 2, jitterPercent: 0)
        #expect((1...7).map { policy.baseDelay(afterAttempt: $0) } == [100, 200, 400, 800, 1_000, 1_000, 1_000])
        var random = policy.makeRandom()
        #expect(policy.delay(afterAttempt: 3, random: &random) == 400)
    }

    @Test func jitterStaysInItsBandAndRepeatsForASeed() {
        let policy = RetryPolicy(maxAttempts: 10, initialDelay: 1_000_000, maxDelay: 64_000_000, jitterPercent: 50, seed: 42)
        var first = policy.makeRandom()
        var second = policy.makeRandom()
        let a = (1...9).map { policy.delay(afterAttempt: $0, random: &first) }
        let b = (1...9).map { policy.delay(afterAttempt: $0, random: &second) }
        #expect(a == b)
        for (index, delay) in a.enumerated() {
            let base = policy.baseDelay(afterAttempt: index + 1)
            #expect(delay <= base && delay >= base / 2)
        }
        var other = RetryPolicy(maxAttempts: 10, initialDelay: 1_000_000, maxDelay: 64_000_000, jitterPercent: 50, seed: 43).makeRandom()
        #expect((1...9).map { policy.delay(afterAttempt: $0, random: &other) } != a)
    }

    @Test func retriesOnlyRetryableErrorsWithinTheAttemptLimit() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.shouldRetry(BrokerError(.timeout, "slow"), afterAttempt: 1))
        #expect(policy.shouldRetry(BrokerError(.rateLimited, "busy"), afterAttempt: 2))
        #expect(!policy.shouldRetry(BrokerError(.rateLimited, "busy"), afterAttempt: 3))
        #expect(!policy.shouldRetry(BrokerError(.rejected, "no money"), afterAttempt: 1))
        #expect(!policy.shouldRetry(BrokerError(.invalidRequest, "bad volume"), afterAttempt: 1))
        #expect(!RetryPolicy.never.shouldRetry(BrokerError(.timeout, "slow"), afterAttempt: 1))
    }

    @Test func hugeMultipliersSaturateInsteadOfOverflowing() {
        let policy = RetryPolicy(maxAttempts: 100, initialDelay: 1 << 40, maxDelay: .max, multiplier: 1 << 20, jitterPercent: 100)
        var random = policy.makeRandom()
        #expect(policy.baseDelay(afterAttempt: 99) == .max)
        #expect(policy.delay(afterAttempt: 99, random: &random) >= 0)
    }
}
