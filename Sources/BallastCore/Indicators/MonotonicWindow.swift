/// The largest value among the last `period` pushed (a sliding-window maximum), O(1) amortised:
/// a deque of candidates whose values decrease from front to back. Values smaller than a newer
/// one can never be the maximum again and are dropped as the newer one arrives.
/// Pass negated values for a minimum.
public struct MonotonicWindow: Sendable, Hashable {
    public let period: Int
    // A ring of (position, value) candidates; it never holds more than `period` of them.
    @usableFromInline var positions: [Int]
    @usableFromInline var values: [Int64]
    @usableFromInline var head = 0
    @usableFromInline var size = 0
    @usableFromInline var pushed = 0

    public init(period: Int) {
        precondition(period > 0, "a window must hold at least one value")
        self.period = period
        positions = Array(repeating: 0, count: period)
        values = Array(repeating: 0, count: period)
    }

    public var isReady: Bool { pushed >= period }

    /// The maximum of the last `period` values (of all so far while warming up); nil when empty.
    public var maximum: Int64? { size > 0 ? values[head] : nil }

    public mutating func push(_ value: Int64) {
        // Drop the front if it has left the window.
        if size > 0, positions[head] <= pushed - period {
            head = wrap(head + 1)
            size -= 1
        }
        // Drop candidates the new value dominates.
        while size > 0, values[wrap(head + size - 1)] <= value { size -= 1 }
        let slot = wrap(head + size)
        positions[slot] = pushed
        values[slot] = value
        size += 1
        pushed += 1
    }

    @inline(__always) private func wrap(_ i: Int) -> Int { i >= period ? i - period : i }
}
