/// An exact price: a signed integer count of 10⁻⁹ units.
///
/// One scale for every instrument keeps prices comparable and columns uniform; the
/// instrument's `digits` decide how a price is shown and which prices are valid ticks.
/// The largest representable price is about 9.2 billion.
public struct Price: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let scale: Int64 = 1_000_000_000
    public static let decimals = 9
    public static let zero = Price(raw: 0)

    /// The price in 10⁻⁹ units.
    public var raw: Int64

    @inlinable
    public init(raw: Int64) { self.raw = raw }

    /// A price from a mantissa and a count of decimals: `Price(mantissa: 110005, decimals: 5)` is 1.10005.
    public init(mantissa: Int64, decimals: Int) {
        precondition((0...Price.decimals).contains(decimals), "price decimals \(decimals) outside 0...9")
        raw = mantissa * FixedDecimal.power10[Price.decimals - decimals]
    }

    /// Parses a plain decimal such as `1.10005` or `-3`; nil for anything else.
    public init?(_ text: String) {
        guard let raw = FixedDecimal.parse(text, decimals: Price.decimals) else { return nil }
        self.raw = raw
    }

    /// A price rounded to the nearest 10⁻⁹ from a `Double` (for research values, never the order path).
    public init(approximating value: Double) { raw = Int64((value * Double(Price.scale)).rounded()) }

    public var doubleValue: Double { Double(raw) / Double(Price.scale) }

    /// The price rounded half away from zero to `digits` decimals.
    public func rounded(toDigits digits: Int) -> Price {
        Price(raw: FixedDecimal.round(raw, from: Price.decimals, to: digits))
    }

    /// Text with exactly `digits` decimals (rounded half away from zero).
    public func formatted(digits: Int) -> String { FixedDecimal.format(raw, decimals: Price.decimals, shown: digits) }

    /// Shortest exact text (trailing zeros removed).
    public var description: String { FixedDecimal.format(raw, decimals: Price.decimals, shown: nil) }

    public static func < (lhs: Price, rhs: Price) -> Bool { lhs.raw < rhs.raw }
    public static func + (lhs: Price, rhs: Price) -> Price { Price(raw: lhs.raw + rhs.raw) }
    public static func - (lhs: Price, rhs: Price) -> Price { Price(raw: lhs.raw - rhs.raw) }
}
