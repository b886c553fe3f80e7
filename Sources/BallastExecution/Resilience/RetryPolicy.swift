import BallastCore

/// When and how often a failed venue call is tried again: exponential backoff capped at
/// `maxDelay`, with jitter drawn from a seeded `SplitMix64` (so a run repeats exactly), and
/// only for errors the venue marks retryable.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included (1 never retries).
    public var maxAttempts: Int
    /// The delay before the second attempt, in nanoseconds.
    public var initialDelay: Int64
    /// The largest delay between two attempts, in nanoseconds.
    public var maxDelay: Int64
    /// Growth of the delay per attempt.
    public var multiplier: Int64
    /// The share of each delay, in percent, that is random (0 none, 100 anywhere in [0, delay]).
    public var jitterPercent: Int64
    /// Seed of the jitter generator.
    public var seed: UInt64

    public init(maxAttempts: Int = 5, initialDelay: Int64 = 200_000_000, maxDelay: Int64 = 10_000_000_000,
                multiplier: Int64 = 2, jitterPercent: Int64 = 50, seed: UInt64 = 0x5EED) {
        precondition(maxAttempts >= 1 && initialDelay >= 0 && maxDelay >= 0 && multiplier >= 1, "invalid retry policy")
        precondition((0...100).contains(jitterPercent), "jitter must be 0...100 percent")
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.multiplier = multiplier
        self.jitterPercent = jitterPercent
        self.seed = seed
    }

    /// One attempt only.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Whether to try again after `attempt` (1-based) failed with `error`.
    public func shouldRetry(_ error: BrokerError, afterAttempt attempt: Int) -> Bool {
        error.isRetryable && attempt < maxAttempts
    }

    /// The delay before the attempt after `attempt` (1-based), before jitter:
    /// `initialDelay × multiplier^(attempt−1)`, at most `maxDelay`.
    public func baseDelay(afterAttempt attempt: Int) -> Int64 {
        var delay = min(initialDelay, maxDelay)
        for _ in 1..<max(attempt, 1) {
            let (next, overflow) = delay.multipliedReportingOverflow(by: multiplier)
            if overflow || next >= maxDelay { return maxDelay }
            delay = next
        }
        return delay
    }

    /// The delay before the attempt after `attempt`, with jitter drawn from `random`: a
    /// uniform amount up to `jitterPercent` of the base delay is taken off it.
    public func delay(afterAttempt attempt: Int, random: inout SplitMix64) -> Int64 {
        let base = baseDelay(afterAttempt: attempt)
        let spread = Int64((Int128(base) * Int128(jitterPercent)) / 100)
        guard spread > 0 else { return base }
        return base - Int64(random.next() % (UInt64(spread) + 1))
    }

    /// A fresh jitter generator for this policy.
    public func makeRandom() -> SplitMix64 { SplitMix64(seed: seed) }
}
