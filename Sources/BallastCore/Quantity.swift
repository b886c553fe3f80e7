/// An exact quantity (lots, units, coins): a signed integer count of 10⁻⁹.
public struct Quantity: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let scale: Int64 = 1_000_000_000
    public static let decimals = 9
    public static let zero = Quantity(raw: 0)

    public var raw: Int64

    @inlinable
    public init(raw: Int64) { self.raw = raw }

    /// Parses a plain decimal such as `0.01`; nil for anything else.
    public init?(_ text: String) {
        guard let raw = FixedDecimal.parse(text, decimals: Quantity.decimals) else { return nil }
        self.raw = raw
    }

    public init(_ units: Int64) { raw = units * Quantity.scale }

    public var doubleValue: Double { Double(raw) / Double(Quantity.scale) }

    /// Whether this quantity is a whole number of `step`s.
    public func isMultiple(of step: Quantity) -> Bool { step.raw > 0 && raw % step.raw == 0 }

    public var description: String { FixedDecimal.format(raw, decimals: Quantity.decimals, shown: nil) }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.raw < rhs.raw }
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(raw: lhs.raw + rhs.raw) }
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(raw: lhs.raw - rhs.raw) }
    public static prefix func - (value: Quantity) -> Quantity { Quantity(raw: -value.raw) }
}
