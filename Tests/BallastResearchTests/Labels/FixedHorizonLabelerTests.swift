import BallastCore
import BallastResearch
import Foundation
import Testing

/// Closes 100, 102, 101, 104, 99 with a horizon of 2:
/// r₀ = ln(101/100) = 0.00995, r₁ = ln(104/102) = 0.01942, r₂ = ln(99/101) = −0.02000.
@Suite struct FixedHorizonLabelerTests {
    let bars = LabelBars.closes([100, 102, 101, 104, 99])

    @Test func returnsAndSigns() {
        let r = FixedHorizonLabeler(horizon: 2, mode: .logReturn).labels(bars)
        #expect(r[0] == log(101.0 / 100) && r[1] == log(104.0 / 102) && r[2] == log(99.0 / 101))
        #expect(r[3].isNaN && r[4].isNaN)   // no close two bars later
        let s = FixedHorizonLabeler(horizon: 2, mode: .sign).labels(bars)
        #expect(Array(s[0..<3]) == [1, 1, -1] && s[3].isNaN)
    }

    @Test func thresholdedByVolatility() {
        // Thresholds 1·σ: 0.02 (r₀ = 0.00995 inside → 0), 0.01 (r₁ = 0.0194 above → +1),
        // 0.01 (r₂ = −0.02 below → −1); bar 3's σ is NaN but it has no label anyway.
        let labeler = FixedHorizonLabeler(horizon: 2, mode: .threshold(multiple: 1))
        let v = labeler.labels(bars, volatility: [0.02, 0.01, 0.01, .nan, 0.01])
        #expect(Array(v[0..<3]) == [0, 1, -1])
        #expect(labeler.labels(bars, volatility: [.nan, 0.01, 0.01, 0.01, 0.01])[0].isNaN)
        #expect(labeler.span(ofBar: 1) == 1...3)
    }
}
