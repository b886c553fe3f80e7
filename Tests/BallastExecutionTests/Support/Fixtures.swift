import BallastCore

/// Small builders shared by the execution tests.
enum Fixtures {
    static let account = "acct-1"
    static let t0 = Timestamp(year: 2026, month: 3, day: 2, hour: 10)

    /// A fill of `lots` at `price` (text), numbered `sequence`.
    static func fill(_ sequence: UInt64, _ side: OrderSide, _ lots: String, at price: String,
                     symbol: String = "EURUSD", commission: String = "0", account: String = account) -> BrokerFill {
        BrokerFill(id: FillID("F\(sequence)"), sequence: sequence, clientID: ClientOrderID("C\(sequence)"), account: account,
                   symbol: symbol, side: side, quantity: Quantity(lots)!, price: Price(price)!,
                   time: t0 + Int64(sequence) * Timestamp.nanosPerSecond, commission: Money(commission, currency: "USD")!)
    }

    static func money(_ text: String, _ currency: String = "USD") -> Money { Money(text, currency: currency)! }
}
