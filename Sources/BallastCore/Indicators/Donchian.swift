/// Donchian channel: the highest high and lowest low of the last `period` bars (default 20),
/// exact, O(1) amortised per bar through monotonic deques.
public struct Donchian: Sendable, Hashable {
    /// The highest high and lowest low of the window.
    public struct Channel: Sendable, Hashable {
        public var lower: Price
        public var upper: Price
        /// Halfway between, rounded toward negative infinity to a 10⁻⁹ unit.
        public var middle: Price { Price(raw: lower.raw + (upper.raw - lower.raw) / 2) }
    }

    @usableFromInline var highs: MonotonicWindow
    @usableFromInline var negatedLows: MonotonicWindow

    public init(period: Int = 20) {
        highs = MonotonicWindow(period: period)
        negatedLows = MonotonicWindow(period: period)
    }

    public var period: Int { highs.period }
    public var isReady: Bool { highs.isReady }

    public mutating func update(_ bar: Bar) {
        highs.push(bar.high.raw)
        negatedLows.push(-bar.low.raw)
    }

    /// The channel over the last `period` bars; nil until that many have been seen.
    public var value: Channel? {
        guard isReady, let high = highs.maximum, let low = negatedLows.maximum else { return nil }
        return Channel(lower: Price(raw: -low), upper: Price(raw: high))
    }
}
