import BallastCore
import Testing
@testable import BallastData

@Suite struct ValidatorSpikeTests {
    let start = Fixture.monday + 3600 * Timestamp.nanosPerSecond

    @Test func badPrintIsFlaggedOnceOnTheBarThatWentOut() {
        var closes = Fixture.walk(300)
        closes[150] *= 1.05
        let outcome = Fixture.validator().validate(.bars(BarColumns(Fixture.series(from: start, closes: closes))))
        let spikes = outcome.report.findings(.spike)
        #expect(spikes.count == 1 && spikes[0].count == 1 && spikes[0].action == .report)
        #expect(spikes[0].examples.first?.row == 151)
        #expect(outcome.cleaned.count == 300)
    }

    @Test func genuineStepChangeIsNotFlagged() {
        var closes = Fixture.walk(300)
        for i in 150..<300 { closes[i] *= 1.05 }
        let outcome = Fixture.validator().validate(.bars(BarColumns(Fixture.series(from: start, closes: closes))))
        #expect(outcome.report.findings(.spike).isEmpty)
    }

    @Test func spikeUnderDropIsRemoved() {
        var closes = Fixture.walk(300)
        closes[40] *= 0.9
        var policy = ValidationPolicy()
        policy[.spike] = .drop
        let outcome = Fixture.validator(policy).validate(.bars(BarColumns(Fixture.series(from: start, closes: closes))))
        #expect(outcome.cleaned.count == 299 && outcome.report.findings(.spike).first?.action == .drop)
    }

    @Test func thresholdIsConfigurable() {
        var closes = Fixture.walk(300)
        closes[150] *= 1.01
        let bars = BarColumns(Fixture.series(from: start, closes: closes))
        #expect(Fixture.validator().validate(.bars(bars)).report.findings(.spike).count == 1)
        var policy = ValidationPolicy()
        policy.spikeThreshold = 100
        #expect(Fixture.validator(policy).validate(.bars(bars)).report.findings(.spike).isEmpty)
    }
}
