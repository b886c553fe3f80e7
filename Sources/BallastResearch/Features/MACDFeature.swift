import BallastCore

/// MACD line, signal line and histogram divided by the close, so they compare across price
/// levels: `macd_f_s_g`, `macd_signal_f_s_g`, `macd_hist_f_s_g`. Wraps BallastCore's `MACD`;
/// ready after `slow + signal − 1` bars.
public struct MACDFeature: FeatureCalculator {
    public let columnNames: [String]
    private var macd: MACD
    private var close = Double.nan

    public init(fast: Int, slow: Int, signal: Int) {
        let suffix = "\(fast)_\(slow)_\(signal)"
        columnNames = ["macd_" + suffix, "macd_signal_" + suffix, "macd_hist_" + suffix]
        macd = MACD(fast: fast, slow: slow, signal: signal)
    }

    public var isReady: Bool { macd.isReady }

    public mutating func update(_ bar: Bar) {
        macd.update(bar.close)
        close = bar.close.doubleValue
    }

    public func value(_ column: Int) -> Double {
        guard let output = macd.value else { return .nan }
        switch column {
        case 0: return output.macd / close
        case 1: return output.signal / close
        default: return output.histogram / close
        }
    }
}
