import BallastCore
import BallastResearch
import Foundation
import Testing

/// σ = 0.01 and multiples of 1 put the barriers of an entry at 100 at 100·e^±0.01, that is
/// 101.005 (upper) and 99.005 (lower). Bar 0 is the entry bar; its own range is never checked.
@Suite struct TripleBarrierTests {
    let barrier = TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 3)
    let sigma = [Double](repeating: 0.01, count: 3)

    func outcome(_ next: (o: Double, h: Double, l: Double, c: Double), side: Int8? = nil,
                 barrier: TripleBarrier? = nil) -> BarrierOutcome {
        let bars = LabelBars.make([(100, 103, 97, 100), next, (100, 100, 100, 100)])
        return (barrier ?? self.barrier).outcomes(bars, starts: [0], volatility: sigma, sides: side.map { [$0] })[0]
    }

    @Test func longProfitTakeOnTheHigh() {
        let o = outcome((100, 101.2, 99.5, 101))   // high 101.2 ≥ 101.005, low 99.5 > 99.005
        #expect(o.touch == .profitTake && o.end == 1 && LabelBars.near(o.logReturn, 0.01))
        #expect(o.label == 1 && o.metaLabel == 1 && o.span == 0...1)
        #expect(o.startTime == 1_700_000_000 * 1_000_000_000 && o.endTime == o.startTime + 60_000_000_000)
    }

    @Test func longStopLossOnTheLow() {
        let o = outcome((100, 100.5, 98.9, 99))
        #expect(o.touch == .stopLoss && LabelBars.near(o.logReturn, -0.01) && o.label == -1 && o.metaLabel == 0)
    }

    @Test func bothBarriersInOneBarCountAsTheStop() {
        // High 101.5 and low 98.5 both cross: the order inside the bar is unknown, so the stop.
        let o = outcome((100, 101.5, 98.5, 100))
        #expect(o.touch == .stopLoss && LabelBars.near(o.logReturn, -0.01) && o.label == -1)
        let short = outcome((100, 101.5, 98.5, 100), side: -1)   // for a short the stop is the upper one
        #expect(short.touch == .stopLoss && LabelBars.near(short.logReturn, -0.01) && short.metaLabel == 0)
    }

    @Test func aStopGappedThroughExitsAtTheOpen() {
        // Opens at 98, below the 99.005 stop: the exit is 98, return ln(0.98) = −0.0202.
        let o = outcome((98, 98.5, 97.5, 98))
        #expect(o.touch == .stopLoss && LabelBars.near(o.logReturn, log(0.98)))
        // A profit-take gapped through keeps the barrier price (no windfall): +0.01, not ln(1.02).
        let up = outcome((102, 102.5, 101.5, 102))
        #expect(up.touch == .profitTake && LabelBars.near(up.logReturn, 0.01))
    }

    @Test func shortSideProfitsOnTheLow() {
        // Short: profit-take at 99.005 (checked on the low), stop at 101.005 (on the high).
        let o = outcome((100, 100.5, 98.9, 99), side: -1)
        #expect(o.touch == .profitTake && o.side == -1 && LabelBars.near(o.logReturn, 0.01))
        #expect(o.label == 1 && o.metaLabel == 1)
    }

    @Test func verticalBarrierTakesTheCloseAfterMaxBars() {
        // No touch in bars 1 and 2 (ranges inside 99.005...101.005): exit at bar 2's close 100.5.
        let bars = LabelBars.make([(100, 100, 100, 100), (100, 100.5, 99.5, 100.2), (100.2, 100.8, 99.6, 100.5), (100, 110, 90, 100)])
        let o = TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 2).outcomes(bars, starts: [0], volatility: [0.01, 0.01, 0.01, 0.01])[0]
        #expect(o.touch == .vertical && o.end == 2 && o.logReturn == log(100.5 / 100) && o.label == 1)
        // With the stop switched off (multiple 0), a low of 98.9 is no touch.
        let noStop = outcome((100, 100.5, 98.9, 99), barrier: TripleBarrier(profitTake: 1, stopLoss: 0, maxBars: 2))
        #expect(noStop.touch == .vertical && noStop.end == 2 && LabelBars.near(noStop.logReturn, 0))
        #expect(noStop.label == 0 && noStop.metaLabel == 0)
    }

    @Test func unresolvedEvents() {
        // The data ends (bar 2) before the vertical barrier (bar 3) with no touch.
        let late = outcome((100, 100.5, 99.5, 100))
        #expect(late.touch == .unresolved && late.end == 2 && late.logReturn.isNaN && late.metaLabel == nil && late.label == 0)
        let bars = LabelBars.closes([100, 105, 95])
        let none = barrier.outcomes(bars, starts: [0, 1], volatility: [.nan, 0.01, 0.01], sides: [1, 0])
        #expect(none.map(\.touch) == [.unresolved, .unresolved] && none.map(\.end) == [0, 1])
    }

    @Test func metaLabelsFollowThePrimarySide() {
        // Closes rise 100 → 102: longs profit (meta 1), shorts are stopped (meta 0).
        let bars = LabelBars.make([(100, 100, 100, 100), (100, 102, 100, 102), (102, 102, 102, 102)])
        let out = barrier.outcomes(bars, starts: [0, 0], volatility: sigma, sides: [1, -1])
        #expect(out.map(\.metaLabel) == [1, 0] && out.map(\.touch) == [.profitTake, .stopLoss])
    }

    @Test func barVolatilityIsTheCausalCloseToCloseFeature() {
        let bars = LabelBars.closes([100, 101, 100])
        let v = BarVolatility.closeToClose(bars, period: 2)
        let a = log(101.0 / 100), b = log(100.0 / 101)
        #expect(v[0].isNaN && v[1].isNaN && LabelBars.near(v[2], ((a * a + b * b) / 2).squareRoot()))
    }
}
