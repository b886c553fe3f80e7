import BallastBacktest
import BallastCore
import Testing

@Suite struct ParameterSweepTests {
    let grid = ParameterGrid([(name: "fast", values: ["5", "10", "20"]), (name: "slow", values: ["50", "100"])])

    @Test func gridIsTheCartesianProductInOrder() {
        #expect(grid.count == 6)
        let configurations = grid.configurations
        #expect(configurations.count == 6)
        #expect(configurations.first == ["fast": "5", "slow": "50"])
        #expect(configurations[1] == ["fast": "5", "slow": "100"])
        #expect(configurations.last == ["fast": "20", "slow": "100"])
        #expect(Set(configurations).count == 6)
        #expect(ParameterGrid().configurations == [[:]])
    }

    @Test func sweepRanksDeterministicallyAndCountsTrials() throws {
        let sweep = ParameterSweep(template: ResearchFixture.template(), objective: .sharpe)
        let series = ResearchFixture.series()
        let first = try sweep.run(grid.configurations, over: series)
        let again = try sweep.run(grid.configurations.reversed(), over: series)
        #expect(first.trialCount == 6 && first.rejected.isEmpty)
        #expect(first.trials == again.trials)
        #expect(zip(first.trials, first.trials.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(first.trials.allSatisfy { $0.score == $0.stats.sharpe && $0.stats.trades > 0 })
        // A single run of the best configuration gives the same statistics.
        let template = sweep.template
        let single = template.statistics(try template.run(series, parameters: first.best!.parameters))
        #expect(single == first.best!.stats)
    }

    /// Progress reports arrive one at a time (the sweep serialises them), so a plain box will do.
    final class Reports: @unchecked Sendable { var seen: [Int] = [] }

    @Test func progressCountsEveryRunOnce() throws {
        let reports = Reports()
        let sweep = ParameterSweep(template: ResearchFixture.template())
        _ = try sweep.run(grid.configurations, over: ResearchFixture.series(count: 300)) { reports.seen.append($0) }
        #expect(reports.seen == Array(1...6))
    }

    @Test func refusedConfigurationsAreRejectedNotTrials() throws {
        let sweep = ParameterSweep(template: ResearchFixture.template(), objective: .netPnL)
        let configurations = ParameterGrid([(name: "fast", values: ["10", "80"]), (name: "slow", values: ["50"])]).configurations
        let result = try sweep.run(configurations, over: ResearchFixture.series(count: 300))
        #expect(result.trialCount == 1 && result.configurationCount == 2)
        #expect(result.rejected.count == 1 && result.rejected[0].reason.contains("fast"))
    }

    @Test func randomSearchRepeatsWithItsSeed() throws {
        let ranges = [ParameterRange("fast=5:30")!, ParameterRange("slow=40:120")!]
        let a = RandomSearch(ranges: ranges, draws: 8, seed: 42).configurations()
        #expect(a == RandomSearch(ranges: ranges, draws: 8, seed: 42).configurations())
        #expect(a != RandomSearch(ranges: ranges, draws: 8, seed: 43).configurations())
        #expect(a.count == 8)
        for c in a {
            let fast = try #require(Int(c["fast"] ?? "")), slow = try #require(Int(c["slow"] ?? ""))
            #expect((5...30).contains(fast) && (40...120).contains(slow))
        }
        let sweep = ParameterSweep(template: ResearchFixture.template())
        let series = ResearchFixture.series(count: 600)
        #expect(try sweep.run(a, over: series) == sweep.run(a, over: series))
        #expect(ParameterRange("x=0.5:1.5")?.isInteger == false && ParameterRange("x=5") == nil && ParameterRange("x=9:1") == nil)
    }
}
