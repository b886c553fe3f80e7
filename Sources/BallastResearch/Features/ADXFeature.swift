import BallastCore

/// Wilder's directional movement: `adx_n` (0...100), `di_plus_n` and `di_minus_n` (0...100).
///
/// From the second bar on, `+DM = H − H₁` when that exceeds `L₁ − L` and is positive (else 0),
/// `−DM` symmetrically, and the true range as in `ATR`. The first smoothed sums are the plain
/// sums of the first `n` values, then `S = S − S/n + x`; `DI = 100·S(DM)/S(TR)`,
/// `DX = 100·|DI+ − DI−| / (DI+ + DI−)` (0 when both are 0), and the ADX is the mean of the first
/// `n` DX values, then Wilder-smoothed. The DIs exist after `n + 1` bars, the ADX after `2n`.
public struct ADXFeature: FeatureCalculator {
    public let period: Int
    public let columnNames: [String]
    private var previous: Bar?
    private var moves = 0
    private var trueRange = 0.0, plusDM = 0.0, minusDM = 0.0
    private var dxCount = 0
    private var adx = 0.0
    private var plusDI = Double.nan, minusDI = Double.nan

    public init(period: Int) {
        precondition(period > 0, "an ADX period must be positive")
        self.period = period
        columnNames = ["adx_\(period)", "di_plus_\(period)", "di_minus_\(period)"]
    }

    public var isReady: Bool { dxCount >= period }

    public mutating func update(_ bar: Bar) {
        defer { previous = bar }
        guard let last = previous else { return }
        let up = Double(bar.high.raw - last.high.raw), down = Double(last.low.raw - bar.low.raw)
        let range = Double(max(bar.high.raw - bar.low.raw, abs(bar.high.raw - last.close.raw),
                               abs(bar.low.raw - last.close.raw)))
        let n = Double(period)
        moves += 1
        if moves <= period {
            trueRange += range
            plusDM += up > down && up > 0 ? up : 0
            minusDM += down > up && down > 0 ? down : 0
            if moves < period { return }
        } else {
            trueRange += range - trueRange / n
            plusDM += (up > down && up > 0 ? up : 0) - plusDM / n
            minusDM += (down > up && down > 0 ? down : 0) - minusDM / n
        }
        plusDI = trueRange > 0 ? 100 * plusDM / trueRange : 0
        minusDI = trueRange > 0 ? 100 * minusDM / trueRange : 0
        let total = plusDI + minusDI
        let dx = total > 0 ? 100 * abs(plusDI - minusDI) / total : 0
        dxCount += 1
        if dxCount < period { adx += dx } else if dxCount == period { adx = (adx + dx) / n } else {
            adx = (adx * (n - 1) + dx) / n
        }
    }

    public func value(_ column: Int) -> Double {
        switch column {
        case 0: return isReady ? adx : .nan
        case 1: return plusDI
        default: return minusDI
        }
    }
}
