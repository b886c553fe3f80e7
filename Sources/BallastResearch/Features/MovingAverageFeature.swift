import BallastCore
import Foundation

/// Distance of the close from a moving average and the average's one-bar slope, both as logs:
/// `<kind>_dist_n = ln(close / MA)`, `<kind>_slope_n = ln(MA_t / MA_{t−1})`, for a simple
/// (`sma`, BallastCore's exact `SMA`) or exponential (`ema`, BallastCore's `EMA`) average.
/// Ready after `period + 1` bars (the slope needs two averages).
public struct MovingAverageFeature: FeatureCalculator {
    /// Which average.
    public enum Average: Sendable { case simple, exponential }

    public let columnNames: [String]
    private var sma: SMA?
    private var ema: EMA?
    private var close = Double.nan
    private var current = Double.nan
    private var previous = Double.nan

    public init(_ average: Average, period: Int) {
        let prefix = average == .simple ? "sma" : "ema"
        columnNames = ["\(prefix)_dist_\(period)", "\(prefix)_slope_\(period)"]
        if average == .simple { sma = SMA(period: period) } else { ema = EMA(period: period) }
    }

    public var isReady: Bool { !previous.isNaN }

    public mutating func update(_ bar: Bar) {
        close = bar.close.doubleValue
        previous = current
        if sma != nil {
            sma!.update(bar.close)
            current = sma!.mean ?? .nan
        } else {
            ema!.update(bar.close)
            current = ema!.value ?? .nan
        }
    }

    public func value(_ column: Int) -> Double {
        column == 0 ? log(close / current) : log(current / previous)
    }
}
