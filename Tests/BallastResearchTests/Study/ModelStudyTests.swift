import BallastCore
import BallastData
import BallastResearch
import Foundation
import Testing

/// The study end to end: on a series with a planted edge it finds it and the gate passes; on
/// real EURUSD H1 every event is scored out of sample once and the statistics are well formed.
@Suite struct ModelStudyTests {
    static func parameters(rounds: Int, leaves: Int) -> BoostingParameters {
        var p = BoostingParameters()
        p.rounds = rounds
        p.numLeaves = leaves
        p.learningRate = 0.1
        p.minDataInLeaf = 5
        return p
    }

    /// Hourly bars whose close rises 0.1% each hour from 00:00 to 11:00 UTC and falls 0.1% each
    /// hour after, with a small seeded noise: the hour predicts the next bars' direction.
    static func plantedEdge(days: Int) -> BarColumns {
        var bars = BarColumns()
        var rng = SplitMix64(seed: 7)
        var close = 1.0
        let start = Timestamp(year: 2024, month: 1, day: 1).nanoseconds
        for i in 0..<(days * 24) {
            let open = close
            let noise = (Double(rng.next() % 1000) / 1000 - 0.5) * 2e-4
            close *= (i % 24 < 12 ? 1.001 : 0.999) + noise
            let price = { (x: Double) in Price(raw: Int64((x * 1e9).rounded())) }
            bars.append(Bar(time: Timestamp(nanoseconds: start + Int64(i) * 3_600 * Timestamp.nanosPerSecond), open: price(open),
                            high: price(max(open, close) * 1.0001), low: price(min(open, close) * 0.9999), close: price(close)))
        }
        return bars
    }

    @Test func aPlantedEdgeIsFoundAndPassesTheGate() throws {
        let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.calendar), FeatureSpec.Entry(.logReturn, periods: [1])])
        let events = try LabelledEvents.build(bars: Self.plantedEdge(days: 120), spec: spec,
                                              barrier: TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 3), volatilityPeriod: 24)
        var settings = StudySettings(configurations: [Self.parameters(rounds: 1, leaves: 2), Self.parameters(rounds: 40, leaves: 15)])
        settings.combinatorial = (groups: 6, testGroups: 2)
        let result = try ModelStudy(settings: settings).run(events)
        #expect(result.best == 1 && result.chosen.auc > 0.9, "\(result.trials.map(\.auc))")
        #expect(result.chosen.predictions.allSatisfy { !$0.isNaN }, "every event is tested once")
        #expect(result.deflatedSharpe.value > 0.95 && result.overfittingProbability < 0.2)
        let paths = try #require(result.paths)
        #expect(paths.sharpeRatios.count == 5 && paths.minimum > 0)
        let verdict = PromotionGate().evaluate(result.evidence)
        #expect(verdict.passed, "\(verdict)")
        #expect(result.model.ensemble.featureCount == events.features.columnCount)
    }

    /// Events held over three bars overlap, so their uniqueness is below 1 and uneven: weighing
    /// by it changes the models, and the edge is still found.
    @Test func uniquenessWeightsTrainTheModels() throws {
        let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.calendar), FeatureSpec.Entry(.logReturn, periods: [1])])
        let events = try LabelledEvents.build(bars: Self.plantedEdge(days: 60), spec: spec,
                                              barrier: TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 3), volatilityPeriod: 24)
        #expect(Set(events.weights).count > 1 && events.weights.allSatisfy { $0 > 0 && $0 <= 1 })
        var settings = StudySettings(configurations: [Self.parameters(rounds: 40, leaves: 15)])
        let plain = try ModelStudy(settings: settings).run(events)
        settings.weighsByUniqueness = true
        let weighted = try ModelStudy(settings: settings).run(events)
        #expect(weighted.model.ensemble != plain.model.ensemble)
        #expect(weighted.chosen.predictions != plain.chosen.predictions)
        #expect(weighted.chosen.auc > 0.9, "\(weighted.chosen.auc)")
    }

    @Test func walkForwardTrainsOnThePastOnly() throws {
        let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.calendar), FeatureSpec.Entry(.logReturn, periods: [1])])
        let events = try LabelledEvents.build(bars: Self.plantedEdge(days: 120), spec: spec,
                                              barrier: TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 3), volatilityPeriod: 24)
        var settings = StudySettings(configurations: [Self.parameters(rounds: 40, leaves: 15)])
        settings.walkForward = WalkForwardSplitter(window: .rolling(trainCount: 1000), testCount: 500)
        let result = try ModelStudy(settings: settings).run(events)
        let scored = result.chosen.predictions.indices.filter { !result.chosen.predictions[$0].isNaN }
        #expect(scored.first == 1000 && scored.count == events.count - 1000, "the first training window is never scored")
        #expect(result.chosen.auc > 0.9 && result.overfittingProbability.isNaN, "one configuration: no PBO")
    }

    @Test func realEURUSDHourlyBarsGiveWellFormedStatistics() throws {
        let bars = try ResearchData.read(DukascopyReader(), "dukascopy/EURUSD_Candlestick_1_Hour_BID_01.01.2024-01.01.2025.csv.gz",
                                         first: 3000)
        let events = try LabelledEvents.build(bars: bars, spec: FeatureSpec.standard(timeframe: .h1),
                                              barrier: TripleBarrier(profitTake: 1.5, stopLoss: 1.5, maxBars: 12))
        #expect(events.count > 2500 && events.weights.allSatisfy { $0 > 0 && $0 <= 1 })
        var settings = StudySettings(configurations: [Self.parameters(rounds: 10, leaves: 4), Self.parameters(rounds: 20, leaves: 8)])
        settings.costPerTrade = 5e-5
        var reported = 0
        let result = try ModelStudy(settings: settings).run(events) { done, _ in reported = done }
        #expect(reported == 2 * 5 + 1)
        #expect(result.trials.allSatisfy { $0.predictions.allSatisfy { !$0.isNaN } })
        #expect((0...1).contains(result.deflatedSharpe.value) && (0...1).contains(result.overfittingProbability))
        #expect(result.trials.allSatisfy { $0.auc > 0.3 && $0.auc < 0.7 }, "no edge worth the name on one year of EURUSD")
    }

    @Test func tooFewEventsAreRefused() throws {
        let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.logReturn, periods: [1])])
        let events = try LabelledEvents.build(bars: Self.plantedEdge(days: 2), spec: spec,
                                              barrier: TripleBarrier(profitTake: 1, stopLoss: 1, maxBars: 3))
        #expect(throws: StudyError.tooFewSamples(events.count)) {
            try ModelStudy(settings: StudySettings(configurations: [Self.parameters(rounds: 5, leaves: 4)])).run(events)
        }
    }
}
