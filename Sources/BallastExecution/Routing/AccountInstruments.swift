import BallastCore

/// The instruments an account trades and the rates that turn their quote currencies into the
/// account currency: what validation, notional limits and the ledger need.
public struct AccountInstruments: Sendable {
    public var instruments: [String: Instrument]
    public var accountCurrency: String
    /// Quote-to-account rates; nil when every instrument is quoted in the account currency.
    public var rate: ConversionRate?

    public init(_ instruments: [Instrument], accountCurrency: String, rate: ConversionRate? = nil) {
        self.instruments = Dictionary(instruments.map { ($0.symbol, $0) }, uniquingKeysWith: { _, last in last })
        self.accountCurrency = accountCurrency
        self.rate = rate
    }

    /// The ledger terms of `symbol` at `time`.
    public func terms(for symbol: String, at time: Timestamp) throws(RouterError) -> ContractTerms {
        guard let instrument = instruments[symbol] else { throw .unknownInstrument(symbol) }
        guard instrument.quoteCurrency != accountCurrency else { return ContractTerms(instrument: instrument) }
        guard let rate, let value = rate(instrument.quoteCurrency, accountCurrency, time), value.raw > 0 else {
            throw .noConversionRate(from: instrument.quoteCurrency, to: accountCurrency)
        }
        return ContractTerms(instrument: instrument, quoteToAccount: value)
    }

    /// The value of `quantity` lots at `price` in the account currency.
    public func notional(_ symbol: String, quantity: Quantity, price: Price, at time: Timestamp) throws(RouterError) -> Money {
        let terms = try terms(for: symbol, at: time)
        do throws(LedgerError) {
            let fine = try PositionBook.accountAmount(Int128(price.raw) * Int128(quantity.raw), terms: terms)
            guard let raw = FixedPointMath.roundedInt64(fine, PositionBook.fineScale / Int128(Money.scale)) else {
                throw LedgerError.overflow("notional")
            }
            return Money(raw: raw, currency: accountCurrency)
        } catch {
            throw .ledger(error)
        }
    }
}
