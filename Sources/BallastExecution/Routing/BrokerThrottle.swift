import BallastCore

/// One venue's rate limit, shared by the routers of every account at that venue.
public actor BrokerThrottle {
    private var limiter: RateLimiter

    public init(_ limiter: RateLimiter) { self.limiter = limiter }

    /// Reserves a call slot at `time`; returns the nanoseconds to wait before calling.
    public func reserve(at time: Timestamp) -> Int64 { limiter.reserve(at: time) }
}
