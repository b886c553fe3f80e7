import BallastCore

/// What the paper venue charges per fill. The same two schemes as the backtest's
/// `PerLotCommission` and `NotionalCommission`, restated here as a `Codable` value because the
/// venue's state (settings included) is journaled, and BallastBrokers does not import the
/// backtest.
public enum PaperCommission: Sendable, Codable, Hashable {
    case none
    /// A fixed amount per lot per side ("3.50 USD per lot per side").
    case perLot(Money)
    /// A fraction of the notional (lots × contract size × price) in parts per billion
    /// (2 bp = 200,000 ppb), charged in `currency`.
    case perNotional(partsPerBillion: Int64, contractSize: Quantity, currency: String)

    /// The commission for a fill of `lots` at `price`, rounded half away from zero to a micro-unit;
    /// nil for `.none`.
    public func commission(lots: Quantity, price: Price) -> Money? {
        switch self {
        case .none:
            return nil
        case .perLot(let perLot):
            return Money(raw: Self.divideRounded(Int128(lots.raw) * Int128(perLot.raw), by: Int128(Quantity.scale)),
                         currency: perLot.currency)
        case .perNotional(let ppb, let contractSize, let currency):
            // price 1e-9 × lots 1e-9 × contract 1e-9 × ppb 1e-9 → money 1e-6: divide by 1e30.
            let product = Int128(price.raw) * Int128(lots.raw) * Int128(contractSize.raw)
            let notional = Self.divideRounded(product, by: 1_000_000_000_000_000_000_000)
            return Money(raw: Self.divideRounded(Int128(notional) * Int128(ppb), by: 1_000_000_000), currency: currency)
        }
    }

    /// `value / divisor` rounded half away from zero; `divisor` > 0.
    static func divideRounded(_ value: Int128, by divisor: Int128) -> Int64 {
        let half = divisor / 2
        return Int64(value >= 0 ? (value + half) / divisor : (value - half) / divisor)
    }
}
