import BallastCore

/// The bar's spread in points (`spread`) and its ratio to the mean spread of the last `n` bars,
/// this one included, for each period `n` (`spread_ratio_n`; 1 when that mean is 0, as for
/// sources without a spread column). Ready after the longest period.
public struct SpreadFeature: FeatureCalculator {
    public let columnNames: [String]
    private var means: [RollingMean]
    private var spread = Double.nan

    public init(periods: [Int]) {
        columnNames = ["spread"] + periods.map { "spread_ratio_\($0)" }
        means = periods.map { RollingMean(period: $0) }
    }

    public var isReady: Bool { means.allSatisfy(\.isReady) }

    public mutating func update(_ bar: Bar) {
        spread = Double(bar.spread)
        for i in means.indices { means[i].push(spread) }
    }

    public func value(_ column: Int) -> Double {
        if column == 0 { return spread }
        let m = means[column - 1].mean
        return m == 0 ? 1 : spread / m
    }
}
