import BallastCore

/// How many population standard deviations the close lies from the mean of the last `period`
/// closes, this one included (`zscore_n`); 0 for a flat window. Wraps BallastCore's exact
/// `RollingZScore`; ready after `period` bars.
public struct ZScoreFeature: FeatureCalculator {
    public let columnNames: [String]
    private var score: RollingZScore

    public init(period: Int) {
        columnNames = ["zscore_\(period)"]
        score = RollingZScore(period: period)
    }

    public var isReady: Bool { score.isReady }
    public mutating func update(_ bar: Bar) { score.update(bar.close) }
    public func value(_ column: Int) -> Double { isReady ? score.value ?? 0 : .nan }
}
