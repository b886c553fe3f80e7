import BallastCore

/// A fixed amount per lot per side (ECN accounts: "3.50 USD per lot per side").
public struct PerLotCommission: CommissionModel {
    public var perLot: Money

    public init(perLot: Money) { self.perLot = perLot }

    public func commission(lots: Quantity, price: Price, contractSize: Quantity, quoteCurrency: String) -> Money {
        Money(raw: FixedMath.divideRounded(Int128(lots.raw) * Int128(perLot.raw), by: Int128(Quantity.scale)),
              currency: perLot.currency)
    }
}
