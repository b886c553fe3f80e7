import BallastCore
import Foundation

/// Range-based volatility estimators over the last `period` bars, per bar (not annualised):
/// - Parkinson (`vol_parkinson_n`): `sqrt(mean(ln(H/L)²) / (4 ln 2))`;
/// - Garman-Klass (`vol_gk_n`): `sqrt(mean(½ ln(H/L)² − (2 ln 2 − 1) ln(C/O)²))`, floored at 0.
/// Ready after `period` bars.
public struct RangeVolatilityFeature: FeatureCalculator {
    /// Which estimator.
    public enum Estimator: Sendable { case parkinson, garmanKlass }

    public let estimator: Estimator
    public let period: Int
    public let columnNames: [String]
    private var terms: RollingMean

    public init(_ estimator: Estimator, period: Int) {
        self.estimator = estimator
        self.period = period
        columnNames = [(estimator == .parkinson ? "vol_parkinson_" : "vol_gk_") + String(period)]
        terms = RollingMean(period: period)
    }

    public var isReady: Bool { terms.isReady }

    public mutating func update(_ bar: Bar) {
        let hl = log(bar.high.doubleValue / bar.low.doubleValue)
        switch estimator {
        case .parkinson:
            terms.push(hl * hl / (4 * M_LN2))
        case .garmanKlass:
            let co = log(bar.close.doubleValue / bar.open.doubleValue)
            terms.push(0.5 * hl * hl - (2 * M_LN2 - 1) * co * co)
        }
    }

    public func value(_ column: Int) -> Double {
        let mean = terms.mean
        return mean < 0 ? 0 : mean.squareRoot()  // NaN stays NaN
    }
}
