import BallastCore

/// A token bucket on passed-in time: `burst` calls at once, then one every `interval`
/// nanoseconds. Kept as a theoretical arrival time (GCRA), so it is exact integer arithmetic
/// with no refill loop; one limiter serves one venue.
public struct RateLimiter: Sendable, Hashable {
    /// Calls allowed back to back when the bucket is full.
    public let burst: Int64
    /// Nanoseconds for one token to come back.
    public let interval: Int64
    /// The instant the bucket would be empty-and-even if every reserved call spent its token.
    private var arrival: Int64

    /// `burst` calls at once, refilled at one per `interval` nanoseconds.
    public init(burst: Int, interval: Int64) {
        precondition(burst >= 1 && interval > 0, "a rate limiter needs burst ≥ 1 and interval > 0")
        self.burst = Int64(burst)
        self.interval = interval
        arrival = .min
    }

    /// `calls` per second with a burst of the same size.
    public init(callsPerSecond calls: Int) {
        self.init(burst: calls, interval: Timestamp.nanosPerSecond / Int64(max(calls, 1)))
    }

    /// Takes a token if one is available at `time`; false (nothing taken) when not.
    public mutating func tryAcquire(at time: Timestamp) -> Bool {
        guard wait(at: time) == 0 else { return false }
        _ = reserve(at: time)
        return true
    }

    /// Nanoseconds from `time` until a token is available (0 when one is now).
    public func wait(at time: Timestamp) -> Int64 {
        let earliest = arrival == .min ? Int64.min : arrival - burst * interval + interval
        return earliest > time.nanoseconds ? earliest - time.nanoseconds : 0
    }

    /// Reserves the next token and returns how long to wait before using it (0 for now).
    /// Callers that reserve in turn are spaced `interval` apart once the burst is spent.
    public mutating func reserve(at time: Timestamp) -> Int64 {
        let delay = wait(at: time)
        let start = time.nanoseconds + delay
        arrival = max(arrival == .min ? start : arrival, start) + interval
        return delay
    }
}
