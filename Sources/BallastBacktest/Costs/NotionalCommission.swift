import BallastCore

/// A fraction of the fill's notional (lots × contract size × price), charged in the quote currency.
public struct NotionalCommission: CommissionModel {
    /// The fraction in parts per billion (0.00002 = 2 bp = 20,000 ppb), exact from here on.
    public let partsPerBillion: Int64

    /// `rate` is a fraction of the notional (0.00002 for 0.2 bp); rounded to a part per billion.
    public init(rate: Double) { partsPerBillion = Int64((rate * 1e9).rounded()) }

    public func commission(lots: Quantity, price: Price, contractSize: Quantity, quoteCurrency: String) -> Money {
        let notional = FixedMath.notionalRaw(price: price.raw, lots: lots.raw, contractSize: contractSize.raw)
        return Money(raw: FixedMath.divideRounded(Int128(notional) * Int128(partsPerBillion), by: 1_000_000_000),
                     currency: quoteCurrency)
    }
}
