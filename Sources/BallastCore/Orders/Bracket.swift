/// Exits attached to an entry order: when the entry fills, a stop-loss and/or a take-profit are
/// placed as a linked pair (when one fills, the other is cancelled).
public struct Bracket: Sendable, Codable, Hashable {
    public var stopLoss: Price?
    public var takeProfit: Price?

    public init(stopLoss: Price? = nil, takeProfit: Price? = nil) {
        self.stopLoss = stopLoss
        self.takeProfit = takeProfit
    }
}
