import BallastCore

/// How one account's router behaves.
public struct RouterConfiguration: Sendable {
    /// The account this router sends orders for (intents for other accounts are refused).
    public var account: String
    /// Currency of realised PnL and notional limits.
    public var accountCurrency: String
    public var autonomy: AutonomyMode
    /// How long an approval request stays open, in nanoseconds.
    public var approvalTimeout: Int64
    /// The largest move from the intent's reference price, in basis points, at which an
    /// approval is still accepted (nil: no guard).
    public var approvalDriftBasisPoints: Int64?
    public var retry: RetryPolicy
    /// Longest wait for one venue call, in nanoseconds, before it counts as outcome-unknown.
    public var callTimeout: Int64
    /// When set, requests carry a deadline this many nanoseconds after the decision.
    public var requestLifetime: Int64?
    /// The name written as the actor of the router's own audit entries.
    public var actor: String

    public init(account: String, accountCurrency: String, autonomy: AutonomyMode = .fullAuto,
                approvalTimeout: Int64 = 15 * 60 * Timestamp.nanosPerSecond, approvalDriftBasisPoints: Int64? = 50,
                retry: RetryPolicy = RetryPolicy(), callTimeout: Int64 = 10 * Timestamp.nanosPerSecond,
                requestLifetime: Int64? = nil, actor: String = "router") {
        self.account = account
        self.accountCurrency = accountCurrency
        self.autonomy = autonomy
        self.approvalTimeout = approvalTimeout
        self.approvalDriftBasisPoints = approvalDriftBasisPoints
        self.retry = retry
        self.callTimeout = callTimeout
        self.requestLifetime = requestLifetime
        self.actor = actor
    }
}
