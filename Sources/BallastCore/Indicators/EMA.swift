/// Exponential moving average with `alpha = 2 / (period + 1)`, seeded with the simple average of
/// the first `period` values (as TA-Lib and most charting packages do). O(1) per update.
public struct EMA: Sendable, Hashable {
    public let period: Int
    public let alpha: Double
    @usableFromInline var seen = 0
    @usableFromInline var seedSum = 0.0
    /// The average; nil until `period` values have been seen.
    public private(set) var value: Double?

    public init(period: Int) {
        precondition(period > 0, "an EMA period must be positive")
        self.period = period
        alpha = 2 / Double(period + 1)
    }

    public var isReady: Bool { value != nil }

    public mutating func update(_ price: Price) { update(price.doubleValue) }

    public mutating func update(_ x: Double) {
        if let current = value {
            value = current + alpha * (x - current)
            return
        }
        seedSum += x
        seen += 1
        if seen == period { value = seedSum / Double(period) }
    }
}
