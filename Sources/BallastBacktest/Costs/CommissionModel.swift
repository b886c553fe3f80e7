import BallastCore

/// What a broker charges per fill, as MT5 brokers do: per lot traded or as a fraction of the
/// notional. The amount may be in any currency; the runner converts it to the account's.
public protocol CommissionModel: Sendable {
    /// The commission for a fill of `lots` at `price` (one side of a round trip).
    func commission(lots: Quantity, price: Price, instrument: Instrument) -> Money
}

/// No commission (spread-only accounts).
public struct NoCommission: CommissionModel {
    public init() {}

    public func commission(lots: Quantity, price: Price, instrument: Instrument) -> Money { .zero(instrument.quoteCurrency) }
}

/// A fixed amount per lot per side (ECN accounts: "3.50 USD per lot per side").
public struct PerLotCommission: CommissionModel {
    public var perLot: Money

    public init(perLot: Money) { self.perLot = perLot }

    public func commission(lots: Quantity, price: Price, instrument: Instrument) -> Money {
        Money(raw: FixedMath.divideRounded(Int128(lots.raw) * Int128(perLot.raw), by: Int128(Quantity.scale)),
              currency: perLot.currency)
    }
}

/// A fraction of the fill's notional (lots × contract size × price), charged in the quote currency.
public struct NotionalCommission: CommissionModel {
    /// The fraction in parts per billion (0.00002 = 2 bp = 20,000 ppb), exact from here on.
    public let partsPerBillion: Int64

    /// `rate` is a fraction of the notional (0.00002 for 0.2 bp); rounded to a part per billion.
    public init(rate: Double) { partsPerBillion = Int64((rate * 1e9).rounded()) }

    public func commission(lots: Quantity, price: Price, instrument: Instrument) -> Money {
        let notional = FixedMath.notionalRaw(price: price.raw, lots: lots.raw, contractSize: instrument.contractSize.raw)
        return Money(raw: FixedMath.divideRounded(Int128(notional) * Int128(partsPerBillion), by: 1_000_000_000),
                     currency: instrument.quoteCurrency)
    }
}
