/// An exact amount of a currency: a signed integer count of 10⁻⁶ units (micro-units).
///
/// Six decimals cover every currency's minor unit with room for fractional swaps and
/// commissions; the range (±9.2 trillion) covers any account.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let scale: Int64 = 1_000_000
    public static let decimals = 6

    public var raw: Int64
    public var currency: String

    public init(raw: Int64, currency: String) {
        self.raw = raw
        self.currency = currency
    }

    /// Parses `12.34` in `currency`; nil for anything else.
    public init?(_ text: String, currency: String) {
        guard let raw = FixedDecimal.parse(text, decimals: Money.decimals) else { return nil }
        self.init(raw: raw, currency: currency)
    }

    public static func zero(_ currency: String) -> Money { Money(raw: 0, currency: currency) }

    /// The value of `quantity` units at `price`, rounded half away from zero to a micro-unit.
    /// Uses a 128-bit intermediate, so no product of a valid price and quantity overflows.
    public static func notional(_ price: Price, _ quantity: Quantity, multiplier: Int64 = 1, currency: String) -> Money {
        let product = Int128(price.raw) * Int128(quantity.raw) * Int128(multiplier)
        let divisor = Int128(Price.scale) * Int128(Quantity.scale) / Int128(Money.scale)
        let half = divisor / 2
        let rounded = product >= 0 ? (product + half) / divisor : (product - half) / divisor
        return Money(raw: Int64(rounded), currency: currency)
    }

    public var doubleValue: Double { Double(raw) / Double(Money.scale) }

    /// Text with `digits` decimals and the currency code: `1234.50 USD`.
    public func formatted(digits: Int = 2) -> String {
        FixedDecimal.format(raw, decimals: Money.decimals, shown: digits) + " " + currency
    }

    public var description: String { formatted() }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        precondition(lhs.currency == rhs.currency, "comparing \(lhs.currency) with \(rhs.currency)")
        return lhs.raw < rhs.raw
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
        return Money(raw: lhs.raw + rhs.raw, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(raw: lhs.raw - rhs.raw, currency: lhs.currency)
    }
}
