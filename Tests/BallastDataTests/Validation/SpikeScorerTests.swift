import BallastCore
import Testing
@testable import BallastData

/// The optimised spike scoring (approximate log returns, selection instead of sorting) must give
/// exactly the z-scores and findings of the plain definition in `ReferenceSpikes`.
@Suite struct SpikeScorerTests {
    static let bars = SyntheticSeries.bars(60_000, seed: 7)

    static func compare(_ payload: ReadResult.Payload, digits: Int = 5, window: Int, threshold: Double,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = ReferenceSpikes(payload, digits: digits, window: window)
        let series = SpikeSeries(payload, digits: digits)
        let extremes = SpikeScorer(window: window, threshold: threshold, digits: digits).extremes(of: series)
        let expected = reference.extremes(threshold: threshold)
        #expect(extremes == expected, "window \(window), threshold \(threshold)", sourceLocation: sourceLocation)
        let flagged = Validator.spikePoints(extremes).map { series.row($0.point) }
        #expect(flagged == reference.flaggedRows(threshold: threshold), sourceLocation: sourceLocation)
    }

    @Test(arguments: [1000, 10, 37, 1001, 4096])
    func barsMatchTheReference(window: Int) {
        for threshold in [10.0, 4, 2] { Self.compare(.bars(Self.bars), window: window, threshold: threshold) }
    }

    @Test func thePinnedSeriesHasItsPlantedSpikes() {
        let reference = ReferenceSpikes(.bars(Self.bars), digits: 5, window: 1000)
        let rows = reference.flaggedRows(threshold: 10)
        #expect([101, 5_555, 9_000, 12_345].allSatisfy(rows.contains))
        #expect(!rows.contains(30_000))  // the step is not a spike
        let outcome = Fixture.validator(timeframe: .m1, calendar: nil).validate(.bars(Self.bars))
        #expect(outcome.report.findings(.spike).first?.count == rows.count)
    }

    @Test func aThresholdOfZeroMakesEveryMovingReturnExtreme() {
        Self.compare(.bars(SyntheticSeries.bars(5_000, seed: 3)), window: 100, threshold: 0)
    }

    @Test func barsWithMissingClosesSkipThem() {
        var bars = SyntheticSeries.bars(8_000, seed: 11)
        for i in stride(from: 3, to: 8_000, by: 777) { bars.close[i] = 0 }
        Self.compare(.bars(bars), window: 1000, threshold: 10)
        #expect(SpikeSeries(.bars(bars), digits: 5).count == 8_000 - 11)
    }

    @Test func ticksUseMidsOrLasts() {
        let closes = SyntheticSeries.closes(6_000, seed: 5)
        var quoted = TickColumns()
        var traded = TickColumns()
        for (i, c) in closes.enumerated() {
            let time = Timestamp(nanoseconds: Int64(i) * Timestamp.nanosPerSecond)
            quoted.append(Tick(time: time, bid: Price(raw: c), ask: Price(raw: c + 10_000 * Int64(1 + i % 3))))
            let last = i % 5 == 0 ? TickColumns.missing : c
            traded.append(time: time.nanoseconds, bid: TickColumns.missing, ask: TickColumns.missing, last: last, volume: 1, flags: 0)
        }
        Self.compare(.ticks(quoted), window: 1000, threshold: 10)
        Self.compare(.ticks(traded), window: 500, threshold: 6)
    }

    @Test(arguments: [1.0, 1e-6, 1e300])
    func valueSeriesMatchTheReference(scale: Double) {
        let values = SyntheticSeries.values(12_000, seed: 9, scale: scale)
        for window in [1000, 10, 333] { Self.compare(.values(values), window: window, threshold: 10) }
    }

    @Test func infiniteDifferencesAreScoredLikeTheReference() {
        var values = SyntheticSeries.values(3_000, seed: 13)
        for i in [500, 501, 1_700] { values.value[i] = i % 2 == 0 ? 1.7e308 : -1.7e308 }
        Self.compare(.values(values), window: 100, threshold: 10)
    }
}
