import BallastCore

/// Per-bar volatility estimates for sizing barriers and thresholds, computed by the same causal
/// feature calculators as the feature matrix (σ at bar t uses bars ≤ t only).
public enum BarVolatility {
    /// The close-to-close volatility (`CloseToCloseVolatilityFeature`) of each bar over the last
    /// `period` one-bar log returns; NaN during the warm-up.
    public static func closeToClose(_ bars: BarColumns, period: Int) -> [Double] {
        var feature = CloseToCloseVolatilityFeature(period: period)
        var out = [Double](repeating: .nan, count: bars.count)
        for i in 0..<bars.count {
            feature.update(bars[i])
            out[i] = feature.value(0)
        }
        return out
    }
}
