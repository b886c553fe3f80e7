/// How many population standard deviations the latest price lies from the mean of the last
/// `period` prices (the latest included), from exact rolling moments. O(1) per update.
public struct RollingZScore: Sendable, Hashable {
    @usableFromInline var moments: RollingMoments
    @usableFromInline var latest: Price = .zero

    public init(period: Int) { moments = RollingMoments(period: period) }

    public var period: Int { moments.period }
    public var isReady: Bool { moments.isReady }

    public mutating func update(_ price: Price) {
        moments.update(price)
        latest = price
    }

    /// The z-score; nil until ready, and nil when the window is flat (no deviation to scale by).
    public var value: Double? {
        guard let mean = moments.mean, let deviation = moments.standardDeviation, deviation > 0 else { return nil }
        return (latest.doubleValue - mean) / deviation
    }
}
