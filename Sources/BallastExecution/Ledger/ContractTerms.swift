import BallastCore

/// What the ledger needs to turn prices and lots into account money: the contract size and
/// the rate from the instrument's quote currency to the account currency at the fill.
public struct ContractTerms: Hashable, Sendable {
    /// Units of the underlying in one lot (100 000 for FX, 1 for most index CFDs).
    public var contractSize: Quantity
    public var quoteCurrency: String
    /// Account-currency units per quote-currency unit (1 when they are the same currency).
    public var quoteToAccount: Price

    public init(contractSize: Quantity, quoteCurrency: String, quoteToAccount: Price = Price(raw: Price.scale)) {
        self.contractSize = contractSize
        self.quoteCurrency = quoteCurrency
        self.quoteToAccount = quoteToAccount
    }

    /// The terms of `instrument` at a quote-to-account `rate` (1 by default).
    public init(instrument: Instrument, quoteToAccount rate: Price = Price(raw: Price.scale)) {
        self.init(contractSize: instrument.contractSize, quoteCurrency: instrument.quoteCurrency, quoteToAccount: rate)
    }
}

/// Gives the rate that converts `from` into `to` at an instant (account-currency units per
/// quote unit), or nil when no rate is known. The composition root supplies it from quotes.
public typealias ConversionRate = @Sendable (_ from: String, _ to: String, _ at: Timestamp) -> Price?
