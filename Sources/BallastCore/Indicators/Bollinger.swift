/// Bollinger bands: the mean of the last `period` closes (default 20) ± `width` (default 2)
/// population standard deviations, from exact rolling moments. O(1) per update.
public struct Bollinger: Sendable, Hashable {
    /// The moving mean and the bands k standard deviations around it.
    public struct Bands: Sendable, Hashable {
        public var lower: Double
        public var middle: Double
        public var upper: Double
    }

    public let width: Double
    @usableFromInline var moments: RollingMoments

    public init(period: Int = 20, width: Double = 2) {
        precondition(width >= 0, "a band width cannot be negative")
        self.width = width
        moments = RollingMoments(period: period)
    }

    public var period: Int { moments.period }
    public var isReady: Bool { moments.isReady }

    public mutating func update(_ price: Price) { moments.update(price) }

    /// The bands in price units; nil until `period` prices have been seen.
    public var value: Bands? {
        guard let mean = moments.mean, let deviation = moments.standardDeviation else { return nil }
        return Bands(lower: mean - width * deviation, middle: mean, upper: mean + width * deviation)
    }
}
