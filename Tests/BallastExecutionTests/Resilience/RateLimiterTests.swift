import BallastCore
import BallastExecution
import Testing

@Suite struct RateLimiterTests {
    let t0 = Timestamp(seconds: 1_000)

    /// Tries to acquire at each offset from `t0` in turn and returns what it got.
    static func attempts(_ limiter: inout RateLimiter, from start: Timestamp, at offsets: [Int64]) -> [Bool] {
        offsets.map { limiter.tryAcquire(at: start + $0) }
    }

    @Test func allowsTheBurstThenOnePerInterval() {
        var limiter = RateLimiter(burst: 3, interval: 100)
        #expect(Self.attempts(&limiter, from: t0, at: [0, 0, 0, 0]) == [true, true, true, false])
        #expect(limiter.wait(at: t0) == 100)
        #expect(Self.attempts(&limiter, from: t0, at: [99, 100, 100]) == [false, true, false])
    }

    @Test func refillsToTheBurstAfterIdleTimeAndNoFurther() {
        var limiter = RateLimiter(burst: 2, interval: 100)
        #expect(Self.attempts(&limiter, from: t0, at: [0, 0, 10_000, 10_000, 10_000]) == [true, true, true, true, false])
    }

    @Test func reservationsQueueCallersAnIntervalApart() {
        var limiter = RateLimiter(burst: 1, interval: 250)
        let waits = (0..<4).map { _ in limiter.reserve(at: t0) }
        #expect(waits == [0, 250, 500, 750])
        #expect(limiter.wait(at: t0 + 1_000) == 0)
    }

    @Test func callsPerSecondSpacesTokensEvenly() {
        var limiter = RateLimiter(callsPerSecond: 4)
        #expect(Self.attempts(&limiter, from: t0, at: [0, 0, 0, 0]) == [true, true, true, true])
        #expect(limiter.wait(at: t0) == 250_000_000)
    }
}
