/// An exact count of instrument points (multiples of `Instrument.point`) with six decimals,
/// as brokers quote swaps: `-6.53` points per lot per night.
public struct Points: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let scale: Int64 = 1_000_000
    public static let decimals = 6
    public static let zero = Points(raw: 0)

    /// The count in 10⁻⁶ points.
    public var raw: Int64

    @inlinable
    public init(raw: Int64) { self.raw = raw }

    /// Parses a plain decimal such as `-6.53`; nil for anything else.
    public init?(_ text: String) {
        guard let raw = FixedDecimal.parse(text, decimals: Points.decimals) else { return nil }
        self.raw = raw
    }

    public var doubleValue: Double { Double(raw) / Double(Points.scale) }

    public var description: String { FixedDecimal.format(raw, decimals: Points.decimals, shown: nil) }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.raw < rhs.raw }
}
