import BallastCore

/// Exchange-wide settings.
public struct ExchangeSettings: Sendable {
    public var spreadConvention: SpreadConvention
    public var latency: OrderLatency
    /// When `.day` orders expire.
    public var rollover: DailyRollover

    public init(spreadConvention: SpreadConvention = .halfEachSide, latency: OrderLatency = .none,
                rollover: DailyRollover = .utcMidnight) {
        self.spreadConvention = spreadConvention
        self.latency = latency
        self.rollover = rollover
    }
}
