import BallastCore

/// The basic pre-trade limits: allowed symbols, the largest order, the largest position per
/// symbol. (Exposure, margin, rate and session rules arrive with the risk manager.)
public struct PreTradeLimits: RiskGate {
    /// Symbols that may trade; nil allows every symbol.
    public var allowedSymbols: Set<String>? { didSet { onlySymbol = Self.only(allowedSymbols) } }
    /// The one allowed symbol when there is exactly one: compared directly, without hashing
    /// the order's symbol or walking the set.
    private var onlySymbol: String?
    /// The largest quantity of one order; nil for no limit.
    public var maxOrderQuantity: Quantity?
    /// The largest absolute position per symbol after the order fills; nil for no limit.
    public var maxPosition: Quantity?

    public init(allowedSymbols: Set<String>? = nil, maxOrderQuantity: Quantity? = nil, maxPosition: Quantity? = nil) {
        self.allowedSymbols = allowedSymbols
        onlySymbol = Self.only(allowedSymbols)
        self.maxOrderQuantity = maxOrderQuantity
        self.maxPosition = maxPosition
    }

    public func check(_ intent: OrderIntent, context: StrategyContext) -> RiskDecision {
        if let allowedSymbols, !(onlySymbol.map { $0 == intent.symbol } ?? allowedSymbols.contains(intent.symbol)) {
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

    private static func only(_ symbols: Set<String>?) -> String? {
        guard let symbols, symbols.count == 1 else { return nil }
        return symbols.first
    }
}
