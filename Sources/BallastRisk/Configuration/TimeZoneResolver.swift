import BallastCore

/// Turns a zone name from the configuration (`America/New_York`, `NY+7`) into a rule. Risk
/// cannot read tz data itself; the composition root passes `TimeZoneRule.named` (BallastData)
/// in the decoder's user info under `RiskConfiguration.timeZoneResolverKey`. Without one, only
/// `UTC` is understood.
public struct TimeZoneResolver: Sendable {
    public let resolve: @Sendable (String) -> TimeZoneRule?

    public init(_ resolve: @escaping @Sendable (String) -> TimeZoneRule?) { self.resolve = resolve }

    /// Knows `UTC` alone.
    public static let utcOnly = TimeZoneResolver { $0 == "UTC" ? .utc : nil }
}

extension RiskConfiguration {
    /// The decoder user-info key for a `TimeZoneResolver`.
    public static let timeZoneResolverKey = CodingUserInfoKey(rawValue: "ballast.risk.timeZoneResolver")!
}
