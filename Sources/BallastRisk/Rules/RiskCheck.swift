import BallastCore

/// One intent under check, with what every rule needs precomputed: the instrument, the position
/// before and after, and whether the order only reduces risk.
public struct RiskCheck: Sendable {
    public let intent: TradeIntent
    /// The order as it stands (a rule may have resized it to the volume step).
    public var order: OrderIntent
    public let instrument: RiskInstrument
    public let snapshot: RiskSnapshot

    public init(intent: TradeIntent, instrument: RiskInstrument, snapshot: RiskSnapshot) {
        self.intent = intent
        self.order = intent.order
        self.instrument = instrument
        self.snapshot = snapshot
    }

    public var symbol: String { order.symbol }
    public var currency: String { snapshot.account.currency }
    public var positionBefore: Quantity { snapshot.position(order.symbol) }
    public var positionAfter: Quantity { Quantity(raw: positionBefore.raw + order.side.sign * order.quantity.raw) }

    /// True when the order moves the position toward zero without crossing it.
    public var isReduceOnly: Bool { RiskMath.reducesOnly(positionBefore, side: order.side, quantity: order.quantity) }

    /// The price the order is valued at: its limit or stop price, else the quote it would take,
    /// else the price the strategy decided on.
    public var orderPrice: Price {
        order.type.prices.last ?? snapshot.quotes[symbol]?.price(for: order.side) ?? intent.referencePrice
    }

    /// The distance from the order's price to `stop`, and what the order loses over it in the
    /// account currency.
    func risk(toStop stop: Price) -> (distance: Price, money: Money) {
        let distance = Price(raw: abs(orderPrice.raw - stop.raw))
        return (distance, notional(order.quantity, at: distance))
    }

    /// Account-currency notional of `lots` of this instrument at `price`.
    public func notional(_ lots: Quantity, at price: Price) -> Money {
        instrument.notional(lots: lots, price: price, currency: currency)
    }
}
