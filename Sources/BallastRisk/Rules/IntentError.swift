import BallastCore

/// Why an intent is malformed: refused before any limit is looked at.
public enum IntentError: Error, Sendable, Hashable, CustomStringConvertible {
    case nonPositiveQuantity(Quantity)
    case zeroReferencePrice
    case nonPositiveOrderPrice(Price)
    case unknownInstrument(String)

    public var description: String {
        switch self {
        case .nonPositiveQuantity(let q): "quantity \(q) is not positive"
        case .zeroReferencePrice: "the reference price is zero or negative"
        case .nonPositiveOrderPrice(let p): "order price \(p) is not positive"
        case .unknownInstrument(let s): "unknown instrument \(s)"
        }
    }

    /// Checks the shape of `intent` against the instruments risk knows.
    public static func validate(_ intent: TradeIntent, instruments: [String: RiskInstrument]) throws(IntentError) {
        let order = intent.order
        guard order.quantity.raw > 0 else { throw .nonPositiveQuantity(order.quantity) }
        guard intent.referencePrice.raw > 0 else { throw .zeroReferencePrice }
        for price in order.type.prices where price.raw <= 0 { throw .nonPositiveOrderPrice(price) }
        guard instruments[order.symbol] != nil else { throw .unknownInstrument(order.symbol) }
    }
}

extension OrderType {
    /// The prices written on the order (limit, stop), empty for market and trailing orders.
    var prices: [Price] {
        switch self {
        case .market, .trailingStop: []
        case .limit(let p), .stop(let p): [p]
        case .stopLimit(let stop, let limit): [stop, limit]
        }
    }
}
