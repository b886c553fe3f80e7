import BallastCore

/// The underwater curve of an equity curve and its worst episode.
public struct DrawdownProfile: Sendable, Equatable {
    /// Drawdown from the running peak at each point, as a fraction (0 at a new high, negative below).
    public var underwater: [Double]
    /// The deepest drawdown (a negative fraction; 0 when equity never fell).
    public var maxDrawdown: Double
    /// The longest time spent below a previous peak, in seconds.
    public var longestSeconds: Double

    public init(_ curve: PerformanceCurve) {
        var peak = -Double.infinity
        var peakTime = curve.times.first ?? 0
        var underwater: [Double] = []
        underwater.reserveCapacity(curve.count)
        var worst = 0.0
        var longest: Int64 = 0
        for (t, v) in zip(curve.times, curve.values) {
            if v >= peak {
                peak = v
                peakTime = t
                underwater.append(0)
            } else {
                let dd = peak > 0 ? v / peak - 1 : 0
                underwater.append(dd)
                worst = min(worst, dd)
                longest = max(longest, t - peakTime)
            }
        }
        self.underwater = underwater
        maxDrawdown = worst
        longestSeconds = Double(longest) / 1e9
    }
}
