import BallastCore

/// Everything risk is configured with: limits, sleeves, kill switches and the weekend policy.
/// Decoded (and validated) from YAML or JSON in the composition root; see
/// `RiskConfiguration+Decoding.swift` for the keys.
public struct RiskConfiguration: Sendable, Hashable {
    /// The currency every money amount in the configuration is in.
    public var accountCurrency: String
    public var limits: RiskLimits
    /// Budgets per strategy name; empty means sleeves are not used.
    public var sleeves: [String: SleeveBudget]
    public var killSwitches: KillSwitchConfiguration
    /// nil: no weekend handling.
    public var weekend: WeekendPolicy?

    public init(
        accountCurrency: String, limits: RiskLimits = RiskLimits(), sleeves: [String: SleeveBudget] = [:],
        killSwitches: KillSwitchConfiguration = KillSwitchConfiguration(), weekend: WeekendPolicy? = nil
    ) {
        self.accountCurrency = accountCurrency
        self.limits = limits
        self.sleeves = sleeves
        self.killSwitches = killSwitches
        self.weekend = weekend
    }
}
