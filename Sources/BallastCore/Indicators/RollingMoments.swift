/// The exact sum and sum of squares of the last `period` prices (in `Price.raw` units, the
/// squares in 128 bits), so means and variances carry no drift however long the run. O(1) per update.
public struct RollingMoments: Sendable, Hashable {
    public let period: Int
    @usableFromInline var ring: [Int64]
    @usableFromInline var index = 0
    @usableFromInline var seen = 0
    @usableFromInline var sum: Int64 = 0
    @usableFromInline var sumOfSquares: Int128 = 0

    public init(period: Int) {
        precondition(period > 0, "a window must hold at least one value")
        self.period = period
        ring = Array(repeating: 0, count: period)
    }

    public var isReady: Bool { seen >= period }

    public mutating func update(_ price: Price) {
        let value = price.raw, old = ring[index]
        sum += value - old
        sumOfSquares += Int128(value) * Int128(value) - Int128(old) * Int128(old)
        ring[index] = value
        index += 1
        if index == period { index = 0 }
        if seen < period { seen += 1 }
    }

    /// The mean in price units; nil until ready.
    public var mean: Double? { isReady ? Double(sum) / Double(period) / Double(Price.scale) : nil }

    /// The population standard deviation (divisor `period`) in price units; nil until ready.
    /// `n·Σx² − (Σx)²` is computed exactly, so a flat window gives exactly zero.
    public var standardDeviation: Double? {
        guard isReady else { return nil }
        let n = Int128(period)
        let scaled = n * sumOfSquares - Int128(sum) * Int128(sum)
        return Double(scaled).squareRoot() / Double(period) / Double(Price.scale)
    }
}
