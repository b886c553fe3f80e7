import BallastCore

/// How the paper venue brings a swap that `PaperSwapTerms` states in a symbol's quote currency
/// into the account currency.
public enum PaperSwapConversion: String, Sendable, Codable, Hashable {
    /// The account currency is the symbol's base (USDJPY in a USD account): each charge is
    /// divided by the symbol's mid price when the rollover is charged, the rate of that moment.
    case byOwnPrice

    /// `amount` (in the quote currency) in the account `currency` at `price` (quote units per
    /// account unit), rounded half away from zero; nil without a positive price.
    func convert(_ amount: Money, price: Price, into currency: String) -> Money? {
        guard price.raw > 0 else { return nil }
        return Money(raw: PaperCommission.divideRounded(Int128(amount.raw) * Int128(Price.scale), by: Int128(price.raw)),
                     currency: currency)
    }
}
