/// Simple moving average of the last `period` prices, kept as an exact integer sum of
/// `Price.raw`, so two averages compare exactly (no rounding noise at ties). O(1) per update.
public struct SMA: Sendable, Hashable {
    public let period: Int
    @usableFromInline var ring: [Int64]
    @usableFromInline var index = 0
    @usableFromInline var seen = 0
    @usableFromInline var total: Int64 = 0

    public init(period: Int) {
        precondition(period > 0, "an SMA period must be positive")
        self.period = period
        ring = Array(repeating: 0, count: period)
    }

    @inlinable
    public mutating func update(_ price: Price) { update(raw: price.raw) }

    /// Adds a price given in 10⁻⁹ units (`Price.raw`).
    @inlinable @inline(__always)
    public mutating func update(raw value: Int64) {
        total += value &- ring[index]
        ring[index] = value
        index += 1
        if index == period { index = 0 }
        if seen < period { seen += 1 }
    }

    /// Whether `period` prices have been seen.
    @inlinable public var isReady: Bool { seen >= period }

    /// The exact sum of the last `period` prices in 10⁻⁹ units (of fewer while warming up).
    @inlinable public var sum: Int64 { total }

    /// The average rounded half away from zero to a 10⁻⁹ unit; nil until ready.
    public var value: Price? {
        guard isReady else { return nil }
        let n = Int64(period), half = n / 2
        return Price(raw: total >= 0 ? (total + half) / n : (total - half) / n)
    }

    /// The average as a `Double` in price units; nil until ready.
    public var mean: Double? { isReady ? Double(total) / Double(period) / Double(Price.scale) : nil }

    /// The exact sign of `a`'s average minus `b`'s (-1, 0 or +1), compared as
    /// `a.sum · b.period` against `b.sum · a.period` in 128-bit integers.
    @inlinable @inline(__always)
    public static func compare(_ a: SMA, _ b: SMA) -> Int {
        let left = Int128(a.total) * Int128(b.period), right = Int128(b.total) * Int128(a.period)
        return left > right ? 1 : (left < right ? -1 : 0)
    }
}
