import BallastCore

/// What a broker charges per fill, as MT5 brokers do: per lot traded or as a fraction of the
/// notional. The amount may be in any currency; the runner converts it to the account's.
public protocol CommissionModel: Sendable {
    /// The commission for a fill of `lots` at `price` (one side of a round trip), for an
    /// instrument of `contractSize` quoted in `quoteCurrency` (the fields models use, passed on
    /// their own so that no `Instrument` is copied on every fill).
    func commission(lots: Quantity, price: Price, contractSize: Quantity, quoteCurrency: String) -> Money
}
