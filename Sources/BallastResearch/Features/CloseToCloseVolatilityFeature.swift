import BallastCore
import Foundation

/// Close-to-close volatility: the root mean square of the last `period` one-bar log returns
/// (`vol_cc_n`, per bar, not annualised; the mean return is taken as zero, as is usual for
/// short horizons). Ready after `period + 1` bars.
public struct CloseToCloseVolatilityFeature: FeatureCalculator {
    public let period: Int
    public let columnNames: [String]
    private var squares: RollingMean
    private var previousClose = Double.nan

    public init(period: Int) {
        self.period = period
        columnNames = ["vol_cc_\(period)"]
        squares = RollingMean(period: period)
    }

    public var isReady: Bool { squares.isReady }

    public mutating func update(_ bar: Bar) {
        let close = bar.close.doubleValue
        defer { previousClose = close }
        guard !previousClose.isNaN else { return }
        let r = log(close / previousClose)
        squares.push(r * r)
    }

    public func value(_ column: Int) -> Double { squares.mean.squareRoot() }
}
