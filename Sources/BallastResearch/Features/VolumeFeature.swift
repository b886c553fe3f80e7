import BallastCore
import Foundation

/// Activity: `log_volume = ln(1 + v)` and, for each period `n`, `volume_ratio_n`: v over the
/// mean v of the last `n` bars, this one included (1 when that mean is 0). v is the tick count
/// or the traded volume (`Source`). Ready after the longest period.
public struct VolumeFeature: FeatureCalculator {
    /// Which of the bar's volumes to use.
    public enum Source: String, Codable, Sendable {
        /// `Bar.tickVolume`, the number of ticks (FX and CFD feeds).
        case tick
        /// `Bar.volume`, traded volume (exchanges, crypto).
        case real
    }

    public let source: Source
    public let columnNames: [String]
    private var means: [RollingMean]
    private var volume = Double.nan

    public init(periods: [Int], source: Source) {
        self.source = source
        columnNames = ["log_volume"] + periods.map { "volume_ratio_\($0)" }
        means = periods.map { RollingMean(period: $0) }
    }

    public var isReady: Bool { means.allSatisfy(\.isReady) }

    public mutating func update(_ bar: Bar) {
        volume = source == .tick ? Double(bar.tickVolume) : bar.volume
        for i in means.indices { means[i].push(volume) }
    }

    public func value(_ column: Int) -> Double {
        if column == 0 { return log1p(volume) }
        let m = means[column - 1].mean
        return m == 0 ? 1 : volume / m
    }
}
