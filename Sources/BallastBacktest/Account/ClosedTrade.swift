import BallastCore

/// A position (or part of one) from its opening to its closing fill, for trade analytics.
public struct ClosedTrade: Sendable, Hashable {
    public var symbol: String
    /// `.buy` for a long position, `.sell` for a short one.
    public var side: OrderSide
    public var quantity: Quantity
    public var entryTime: Timestamp
    /// The average entry price of the closed part.
    public var entryPrice: Price
    public var exitTime: Timestamp
    public var exitPrice: Price
    /// Price profit in the account currency (spread and slippage are in the prices).
    public var profit: Money
    /// Swaps and commissions attributed to the closed part, in the account currency (negative is a cost).
    public var swap: Money
    public var commission: Money

    /// Profit after swaps and commissions.
    public var netProfit: Money { profit + swap - commission }
}
