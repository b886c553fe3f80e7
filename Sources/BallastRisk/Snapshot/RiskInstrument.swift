import BallastCore

/// What risk needs to know about one tradable symbol: its specification (contract size, volume
/// grid, margin rate, asset class), its session calendar, and how to turn its quote currency
/// into the account currency.
public struct RiskInstrument: Sendable {
    public var spec: Instrument
    public var calendar: any TradingCalendar
    /// Account-currency units per unit of `spec.quoteCurrency` (1 when they are the same;
    /// 1/150 for JPY in a USD account).
    public var quoteToAccount: Price

    public init(spec: Instrument, calendar: any TradingCalendar, quoteToAccount: Price = Price(raw: Price.scale)) {
        self.spec = spec
        self.calendar = calendar
        self.quoteToAccount = quoteToAccount
    }

    public var symbol: String { spec.symbol }

    /// |lots| × contract size × price × quoteToAccount, in `currency`, rounded half away from
    /// zero to a micro-unit.
    public func notional(lots: Quantity, price: Price, currency: String) -> Money {
        let units = Int128(lots.raw.magnitude) * Int128(spec.contractSize.raw) / Int128(Quantity.scale)
        let quote = Int128(price.raw) * units / Int128(Price.scale * Quantity.scale / Money.scale)
        let account = quote * Int128(quoteToAccount.raw) / Int128(Price.scale)
        return Money(raw: Int64(clamping: account), currency: currency)
    }

    /// `lots` rounded toward zero to a whole number of volume steps.
    public func roundedDown(_ lots: Quantity) -> Quantity {
        let step = spec.volumeStep.raw
        return Quantity(raw: lots.raw / step * step)
    }
}
