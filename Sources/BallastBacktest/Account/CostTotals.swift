import BallastCore

/// Costs paid over a run, in the account currency (all positive when paid; swaps negative when earned).
public struct CostTotals: Sendable, Hashable {
    public var spread: Money
    public var slippage: Money
    public var commission: Money
    /// Swaps charged (a credit shows as a negative cost).
    public var swap: Money

    public init(currency: String) {
        spread = .zero(currency)
        slippage = .zero(currency)
        commission = .zero(currency)
        swap = .zero(currency)
    }
}
