import BallastCore

/// The basic pre-trade limits: allowed symbols, the largest order, the largest position per
/// symbol. (Exposure, margin, rate and session rules arrive with the risk manager.)
public struct PreTradeLimits: RiskGate {
    /// Symbols that may trade; nil allows every symbol.
    public var allowedSymbols: Set<String>?
    /// The largest quantity of one order; nil for no limit.
    public var maxOrderQuantity: Quantity?
    /// The largest absolute position per symbol after the order fills; nil for no limit.
    public var maxPosition: Quantity?

    public init(allowedSymbols: Set<String>? = nil, maxOrderQuantity: Quantity? = nil, maxPosition: Quantity? = nil) {
        self.allowedSymbols = allowedSymbols
        self.maxOrderQuantity = maxOrderQuantity
        self.maxPosition = maxPosition
    }

    public func check(_ intent: OrderIntent, context: StrategyContext) -> RiskDecision {
        if let allowedSymbols, !Self.allows(allowedSymbols, intent.symbol) {
            return .reject(rule: "allowedSymbols", reason: "\(intent.symbol) is not in the allowed symbols")
        }
        if let maxOrderQuantity, intent.quantity > maxOrderQuantity {
            return .reject(rule: "maxOrderQuantity", reason: "order of \(intent.quantity) exceeds the limit of \(maxOrderQuantity)")
        }
        if let maxPosition {
            let after = context.position(intent.symbol).raw + intent.side.sign * intent.quantity.raw
            if abs(after) > maxPosition.raw {
                return .reject(rule: "maxPosition",
                               reason: "position would be \(Quantity(raw: after)), beyond the limit of \(maxPosition)")
            }
        }
        return .accept(intent)
    }

    /// Set membership, with the usual single-symbol list compared directly: equal short strings
    /// compare in one step, where `contains` would hash the symbol on every order.
    static func allows(_ symbols: Set<String>, _ symbol: String) -> Bool {
        symbols.count == 1 ? symbols.first == symbol : symbols.contains(symbol)
    }
}
