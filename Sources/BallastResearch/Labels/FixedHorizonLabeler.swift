import BallastCore
import Foundation

/// Labels each bar by what the close does over the next `horizon` bars:
/// `r_t = ln(close_{t+N} / close_t)`, reported as the return itself, its sign, or thresholded
/// by a volatility estimate into −1 / 0 / +1. The label of bar t spans bars `t...t+N`
/// (`span(ofBar:)`), which is what purged cross-validation must keep apart from the test set.
public struct FixedHorizonLabeler: Codable, Sendable, Hashable {
    /// What each label holds.
    public enum Mode: Codable, Sendable, Hashable {
        /// `r_t` itself (regression targets).
        case logReturn
        /// −1, 0 or +1: the sign of `r_t`.
        case sign
        /// +1 when `r_t > k·σ_t`, −1 when `r_t < −k·σ_t`, else 0, for the volatility estimate
        /// `σ_t` passed in (in log-return units over the horizon; scale a per-bar estimate by
        /// `√N` through `k` if needed).
        case threshold(multiple: Double)
    }

    public var horizon: Int
    public var mode: Mode

    public init(horizon: Int, mode: Mode) {
        precondition(horizon > 0, "a label horizon must be positive")
        self.horizon = horizon
        self.mode = mode
    }

    /// Decodes and checks the values (a positive horizon, a finite multiple ≥ 0), throwing
    /// `DecodingError` for anything else rather than trapping.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        horizon = try c.decode(Int.self, forKey: .horizon)
        mode = try c.decode(Mode.self, forKey: .mode)
        var valid = horizon > 0
        if case .threshold(let k) = mode { valid = valid && k >= 0 && k.isFinite }
        guard valid else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "the horizon must be positive and the multiple ≥ 0"))
        }
    }

    /// The bars the label of bar `bar` depends on.
    public func span(ofBar bar: Int) -> ClosedRange<Int> { bar...(bar + horizon) }

    /// One label per bar: NaN for the last `horizon` bars (no future close yet) and, in
    /// threshold mode, where `volatility[t]` is NaN. `volatility` is indexed by bar.
    public func labels(_ bars: BarColumns, volatility: [Double] = []) -> [Double] {
        if case .threshold = mode { precondition(volatility.count == bars.count, "one volatility per bar") }
        let n = bars.count
        var out = [Double](repeating: .nan, count: n)
        for t in 0..<max(0, n - horizon) {
            let r = log(Double(bars.close[t + horizon]) / Double(bars.close[t]))
            switch mode {
            case .logReturn: out[t] = r
            case .sign: out[t] = r > 0 ? 1 : (r < 0 ? -1 : 0)
            case .threshold(let k):
                let band = k * volatility[t]
                if band.isNaN { continue }
                out[t] = r > band ? 1 : (r < -band ? -1 : 0)
            }
        }
        return out
    }
}
