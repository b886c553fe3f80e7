import BallastCore

/// The latest price of each currency pair the account can convert through, fed from bars.
///
/// Money in currency C reaches the account currency A through a pair holding both: with a C/A
/// quote (base C) it is multiplied by the price; with an A/C quote (USDJPY for JPY profits in a
/// USD account) it is divided by it. With neither, one intermediate currency is tried (JPY to
/// EUR through USDJPY and EURUSD). XAUUSD profits in a EUR account go through EURUSD.
public struct ConversionRates: Sendable {
    public let accountCurrency: String
    private(set) var pairs: [(base: String, quote: String)] = []
    /// Raw prices by slot; 0 until the first price arrives.
    private(set) var prices: [Int64] = []

    public init(accountCurrency: String) { self.accountCurrency = accountCurrency }

    /// The slot of the `base`/`quote` pair, adding it if new.
    @discardableResult
    public mutating func addPair(base: String, quote: String) -> Int {
        if let slot = slot(base: base, quote: quote) { return slot }
        pairs.append((base, quote))
        prices.append(0)
        return pairs.count - 1
    }

    public func slot(base: String, quote: String) -> Int? { pairs.firstIndex { $0.base == base && $0.quote == quote } }

    /// Sets the price of the pair in `slot`.
    public mutating func set(slot: Int, price: Price) { prices[slot] = price.raw }

    /// Sets the price of `base`/`quote`, adding the pair if new.
    public mutating func set(base: String, quote: String, price: Price) { prices[addPair(base: base, quote: quote)] = price.raw }

    /// The current price of a pair, nil before the first one.
    public func price(base: String, quote: String) -> Price? {
        slot(base: base, quote: quote).flatMap { prices[$0] > 0 ? Price(raw: prices[$0]) : nil }
    }

    /// How `currency` reaches the account currency, or nil when no pair connects them.
    public func route(from currency: String) -> ConversionRoute? {
        if currency == accountCurrency { return .identity }
        if let hop = hop(from: currency, to: accountCurrency) { return ConversionRoute(first: hop, second: nil) }
        let others = Set(pairs.flatMap { [$0.base, $0.quote] }).subtracting([currency, accountCurrency]).sorted()
        for middle in others {
            if let first = hop(from: currency, to: middle), let second = hop(from: middle, to: accountCurrency) {
                return ConversionRoute(first: first, second: second)
            }
        }
        return nil
    }

    private func hop(from: String, to: String) -> ConversionRoute.Hop? {
        if let slot = slot(base: from, quote: to) { return ConversionRoute.Hop(slot: slot, divide: false) }
        if let slot = slot(base: to, quote: from) { return ConversionRoute.Hop(slot: slot, divide: true) }
        return nil
    }

    /// `raw` micro-units converted along `route` (rounded half away from zero at each hop);
    /// nil while a price on the way is unknown.
    public func convert(_ raw: Int64, along route: ConversionRoute) -> Int64? {
        guard let first = route.first else { return raw }
        guard let once = apply(first, raw) else { return nil }
        guard let second = route.second else { return once }
        return apply(second, once)
    }

    private func apply(_ hop: ConversionRoute.Hop, _ raw: Int64) -> Int64? {
        let price = prices[hop.slot]
        guard price > 0 else { return nil }
        return hop.divide
            ? FixedMath.divideRounded(Int128(raw) * Int128(Price.scale), by: Int128(price))
            : FixedMath.divideRounded(Int128(raw) * Int128(price), by: Int128(Price.scale))
    }
}
