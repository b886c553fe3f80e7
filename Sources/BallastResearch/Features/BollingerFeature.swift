import BallastCore

/// Bollinger %b: `(close − lower) / (upper − lower)` for bands `width` population standard
/// deviations around the mean of the last `period` closes (`bb_pctb_n_w`); 0.5 when the window is
/// flat. Wraps BallastCore's `Bollinger`; ready after `period` bars.
public struct BollingerFeature: FeatureCalculator {
    public let columnNames: [String]
    private var bands: Bollinger
    private var close = Double.nan

    public init(period: Int, width: Double) {
        let w = width == width.rounded() ? String(Int(width)) : String(width)
        columnNames = ["bb_pctb_\(period)_" + w]
        bands = Bollinger(period: period, width: width)
    }

    public var isReady: Bool { bands.isReady }

    public mutating func update(_ bar: Bar) {
        bands.update(bar.close)
        close = bar.close.doubleValue
    }

    public func value(_ column: Int) -> Double {
        guard let b = bands.value else { return .nan }
        let span = b.upper - b.lower
        return span > 0 ? (close - b.lower) / span : 0.5
    }
}
