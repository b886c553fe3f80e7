import BallastBacktest
import BallastCore
import Testing

@Suite struct StressTestTests {
    @Test func widerSpreadNeverImprovesSMACrossOnGold() throws {
        let (series, template) = try ResearchFixture.gold()
        let report = try StressTest(template: template, removeBest: 3, paths: 500, seed: 7).run(series)
        let names = report.scenarios.map(\.name)
        #expect(names == ["baseline", "spread x2", "spread x3", "slippage 1 pt", "slippage 2 pt"])
        let pnl = report.scenarios.map(\.netPnL)
        #expect(pnl[1] <= pnl[0] && pnl[2] <= pnl[1])
        #expect(pnl[3] <= pnl[0] && pnl[4] <= pnl[3])
        #expect(report.scenarios.allSatisfy { $0.trades == report.scenarios[0].trades })
        #expect(report.removedBest == 3 && report.pnlWithoutBest < pnl[0])
        let mc = report.monteCarlo
        #expect(mc.finalPnL.p5 <= mc.finalPnL.p50 && mc.finalPnL.p50 <= mc.finalPnL.p95)
        #expect(mc.maxDrawdown.p95 <= 0 && mc.maxDrawdown.p5 <= mc.maxDrawdown.p95)
        #expect(try StressTest(template: template, removeBest: 3, paths: 500, seed: 7).run(series).monteCarlo == mc)
    }

    @Test func percentilesInterpolate() {
        let p = Percentiles((1...101).map(Double.init))
        #expect(p.p5 == 6 && p.p50 == 51 && p.p95 == 96)
        #expect(Percentiles([]) == Percentiles(p5: 0, p50: 0, p95: 0))
    }
}
