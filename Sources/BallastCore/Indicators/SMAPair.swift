/// A fast and a slow simple moving average over one ring of prices, with exact integer sums:
/// what a crossover needs, for one ring write per update instead of two.
public struct SMAPair: Sendable, Hashable {
    public let fast: Int
    public let slow: Int
    @usableFromInline var ring: [Int64]
    @usableFromInline var index = 0
    /// The slot of the price leaving the fast window, `index - fast` wrapped: a second cursor,
    /// so the update needs no subtraction and sign test.
    @usableFromInline var fastOut: Int
    @usableFromInline var seen = 0
    @usableFromInline var fastSum: Int64 = 0
    @usableFromInline var slowSum: Int64 = 0

    public init(fast: Int, slow: Int) {
        precondition(0 < fast && fast <= slow, "an SMA pair needs 0 < fast <= slow")
        self.fast = fast
        self.slow = slow
        ring = Array(repeating: 0, count: slow)
        fastOut = (slow - fast) % slow
    }

    /// Adds a price in 10⁻⁹ units (`Price.raw`).
    @inlinable @inline(__always)
    public mutating func update(raw value: Int64) {
        ring.withUnsafeMutableBufferPointer { ring in
            // Before the windows fill, the slots read hold the zeros the ring started with.
            fastSum += value &- ring[fastOut]
            slowSum += value &- ring[index]
            ring[index] = value
        }
        // Both cursors stay below `slow`, so the increments cannot overflow.
        index &+= 1
        if index == slow { index = 0 }
        fastOut &+= 1
        if fastOut == slow { fastOut = 0 }
        if seen < slow { seen &+= 1 }
    }

    /// Whether `slow` prices have been seen (so both averages exist).
    @inlinable @inline(__always) public var isReady: Bool { seen >= slow }

    /// The exact sums of the last `fast` and `slow` prices.
    @inlinable public var sums: (fast: Int64, slow: Int64) { (fastSum, slowSum) }

    /// The exact sign of the fast average minus the slow one: `slow·fastSum` against `fast·slowSum`.
    @inlinable @inline(__always)
    public var sign: Int {
        // 64-bit products whenever they fit (prices of any real market do), else 128-bit ones.
        let (left, o1) = fastSum.multipliedReportingOverflow(by: Int64(slow))
        let (right, o2) = slowSum.multipliedReportingOverflow(by: Int64(fast))
        if !(o1 || o2) { return left > right ? 1 : (left < right ? -1 : 0) }
        let wideLeft = Int128(fastSum) * Int128(slow), wideRight = Int128(slowSum) * Int128(fast)
        return wideLeft > wideRight ? 1 : (wideLeft < wideRight ? -1 : 0)
    }
}
