import BallastCore

/// One account's PnL for one UTC day, in the account currency.
public struct DailyPnL: Sendable, Codable, Hashable {
    public var account: String
    /// Days since 1970-01-01 (UTC).
    public var day: Int
    public var realized: Money
    public var unrealized: Money
    public var commissions: Money
    public var swaps: Money

    public init(account: String, day: Int, realized: Money, unrealized: Money, commissions: Money, swaps: Money) {
        self.account = account
        self.day = day
        self.realized = realized
        self.unrealized = unrealized
        self.commissions = commissions
        self.swaps = swaps
    }
}
