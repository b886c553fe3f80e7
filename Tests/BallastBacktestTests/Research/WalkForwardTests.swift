import BallastBacktest
import BallastCore
import Testing

@Suite struct WalkForwardTests {
    let times = ResearchFixture.columns(count: 100).time

    @Test func rollingWindowsSlideByTheTestLength() {
        let windows = WalkForwardPlan(train: .bars(40), test: .bars(20)).windows(times: times)
        #expect(windows == [WalkForwardWindow(train: 0..<40, test: 40..<60), WalkForwardWindow(train: 20..<60, test: 60..<80),
                            WalkForwardWindow(train: 40..<80, test: 80..<100)])
    }

    @Test func anchoredWindowsGrowFromTheFirstBar() {
        let windows = WalkForwardPlan(train: .bars(40), test: .bars(25), anchored: true).windows(times: times)
        // The last test window (90..<100) would be short, so it is dropped.
        #expect(windows == [WalkForwardWindow(train: 0..<40, test: 40..<65), WalkForwardWindow(train: 0..<65, test: 65..<90)])
    }

    @Test func dayWindowsCutAtBarTimes() {
        // 100 hourly bars = 4 days and 4 hours: train 2 days, test 1 day.
        let windows = WalkForwardPlan(train: .days(2), test: .days(1)).windows(times: times)
        #expect(windows == [WalkForwardWindow(train: 0..<48, test: 48..<72), WalkForwardWindow(train: 24..<72, test: 72..<96)])
    }

    @Test func stitchingChainsReturns() {
        let a = PerformanceCurve(times: [1, 2], values: [110, 121])
        let b = PerformanceCurve(times: [3, 4], values: [90, 100])
        let stitched = WalkForward.stitch([a, b], start: 100)
        #expect(stitched.times == [1, 2, 3, 4])
        #expect(stitched.values[0] == 110 && stitched.values[1] == 121)
        #expect(abs(stitched.values[2] - 108.9) < 1e-9 && abs(stitched.values[3] - 121) < 1e-9)
    }

    @Test func walkForwardOptimisesEachFoldAndStitches() throws {
        let grid = ParameterGrid([(name: "fast", values: ["5", "10"]), (name: "slow", values: ["30", "60"])])
        let series = ResearchFixture.series(count: 1_200)
        let walk = WalkForward(sweep: ParameterSweep(template: ResearchFixture.template()),
                               plan: WalkForwardPlan(train: .bars(400), test: .bars(200)))
        let result = try walk.run(grid.configurations, over: series)
        #expect(result.folds.count == 4)
        #expect(result.trialCount == 4 * 4)
        #expect(result.curve.count == 4 * 200)
        #expect(result.curve.times == series.openTimes[400...].map { $0 + ResearchFixture.hour })
        // Continuity: each fold's first stitched point is the previous end times the fold's first return.
        var offset = 0, level = 100_000.0
        for fold in result.folds {
            let expected = level * fold.curve.values[0] / 100_000
            #expect(abs(result.curve.values[offset] - expected) < 1e-6)
            offset += fold.curve.count
            level = result.curve.values[offset - 1]
        }
        #expect(abs(result.outOfSample.finalEquity - level) < 1e-6)
        #expect(result.outOfSample.trades == result.folds.reduce(0) { $0 + $1.outOfSample.trades })
        #expect(abs(result.outOfSample.costs.spread - result.folds.reduce(0) { $0 + $1.outOfSample.costs.spread }) < 1e-6)
        #expect(result.outOfSample.costs.spread > 0)
        #expect(try walk.run(grid.configurations, over: series) == result)
    }
}
