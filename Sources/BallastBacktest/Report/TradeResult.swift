import BallastCore

/// A round trip: a position opened and closed (or reduced), with its result in the account currency.
public struct TradeResult: Sendable, Equatable, Codable {
    public var symbol: String
    /// +1 for a long trade, -1 for a short one.
    public var direction: Int
    public var quantity: Double
    public var entryTime: Timestamp
    public var exitTime: Timestamp
    public var entryPrice: Double
    public var exitPrice: Double
    /// Net of every cost, in the account currency.
    public var pnl: Double
    /// Costs inside `pnl`: spread, commission, swap, slippage.
    public var costs: Double

    public init(symbol: String, direction: Int, quantity: Double, entryTime: Timestamp, exitTime: Timestamp,
                entryPrice: Double, exitPrice: Double, pnl: Double, costs: Double = 0) {
        self.symbol = symbol
        self.direction = direction
        self.quantity = quantity
        self.entryTime = entryTime
        self.exitTime = exitTime
        self.entryPrice = entryPrice
        self.exitPrice = exitPrice
        self.pnl = pnl
        self.costs = costs
    }

    public var holdingSeconds: Double { Double(exitTime.nanoseconds - entryTime.nanoseconds) / 1e9 }
}
