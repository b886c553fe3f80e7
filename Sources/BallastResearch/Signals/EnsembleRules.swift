import BallastCore

/// When an ensemble stands aside whatever its signals say. Each rule is optional.
public struct EnsembleRules: Sendable, Codable, Equatable {
    /// A scheduled event: no position from `start` to `end` (UTC), e.g. a central-bank decision.
    public struct Window: Sendable, Codable, Equatable {
        public var start: Timestamp
        public var end: Timestamp
        public var reason: String

        public init(start: Timestamp, end: Timestamp, reason: String) {
            self.start = start
            self.end = end
            self.reason = reason
        }
    }

    /// Two members whose scores are both at least this strong but of opposite sign conflict:
    /// the ensemble stands aside.
    public var conflictBand: Double?
    /// Trade only while the close-to-close volatility (root mean square of the last
    /// `volatilityPeriod` one-bar log returns, per bar) lies within `volatilityRange`.
    public var volatilityPeriod: Int?
    public var volatilityRange: ClosedRange<Double>?
    /// Trade only in these UTC hours (0–23), e.g. the London and New York sessions.
    public var hours: Set<Int>?
    /// Scheduled events to stand aside for.
    public var noTradeWindows: [Window]

    public init(conflictBand: Double? = nil, volatilityPeriod: Int? = nil, volatilityRange: ClosedRange<Double>? = nil,
                hours: Set<Int>? = nil, noTradeWindows: [Window] = []) {
        self.conflictBand = conflictBand
        self.volatilityPeriod = volatilityPeriod
        self.volatilityRange = volatilityRange
        self.hours = hours
        self.noTradeWindows = noTradeWindows
    }

    /// Throws for rules that could never be met or make no sense.
    public func validate() throws(SignalError) {
        if let band = conflictBand, !(band > 0 && band <= 1) { throw .badRule("conflictBand \(band) must be in (0, 1]") }
        if (volatilityPeriod == nil) != (volatilityRange == nil) { throw .badRule("volatilityPeriod and volatilityRange go together") }
        if let period = volatilityPeriod, period < 2 { throw .badRule("volatilityPeriod \(period) must be at least 2") }
        if let hours, hours.isEmpty || !hours.allSatisfy((0...23).contains) { throw .badRule("hours must be UTC hours 0-23") }
        for window in noTradeWindows where window.end <= window.start {
            throw .badRule("no-trade window '\(window.reason)' ends before it starts")
        }
    }
}
