/// What trading cost, by kind, in the account currency.
public struct CostBreakdown: Sendable, Equatable, Codable {
    public var spread: Double
    public var commission: Double
    public var swap: Double
    public var slippage: Double

    public init(spread: Double = 0, commission: Double = 0, swap: Double = 0, slippage: Double = 0) {
        self.spread = spread
        self.commission = commission
        self.swap = swap
        self.slippage = slippage
    }

    public var total: Double { spread + commission + swap + slippage }
}
