import BallastCore
import BallastResearch
import Foundation
import Testing

/// The ensemble's arithmetic and each exclusion rule, on constant models whose scores are known:
/// a single leaf `v` gives p = 1 / (1 + e^-v) and the score 2p − 1 = tanh(v / 2).
@Suite struct SignalEnsembleTests {
    static let spec = FeatureSpec(timeframe: .h1, features: [FeatureSpec.Entry(.logReturn, periods: [1])])
    static let t0 = Timestamp(year: 2024, month: 3, day: 5, hour: 9)

    /// A member whose model ignores its one feature and always predicts the leaf `value`.
    static func member(_ value: Double) throws -> ModelSignal {
        let model = TreeEnsemble(featureCount: 1, splitRule: .lessOrEqual, link: .logistic, baseScore: 0, roots: [~0], feature: [],
                                 threshold: [], left: [], right: [], defaultLeft: [], missing: [], leafValue: [value])
        return try ModelSignal(symbol: "EURUSD", pipeline: try FeaturePipeline(spec), model: model)
    }

    /// Hourly bars from `t0`, the close moving by `steps` (in 1e-4) bar after bar.
    static func decisions(_ ensemble: SignalEnsemble, steps: [Double]) -> [SignalEnsemble.Decision] {
        var ensemble = ensemble
        var close = 1.1
        return steps.enumerated().compactMap { i, step in
            close += step * 1e-4
            let time = t0 + Int64(i) * 3_600 * Timestamp.nanosPerSecond
            let price = Price(raw: Int64((close * 1e9).rounded()))
            let bar = Bar(time: time, open: price, high: price, low: price, close: price)
            return ensemble.update(symbol: "EURUSD", bar: bar, closeTime: time + 3_600 * Timestamp.nanosPerSecond)
        }
    }

    @Test func theWeightedMeanScoreAgainstTheEntry() throws {
        // Scores tanh(1) = 0.761594 and tanh(-0.5) = -0.462117; weights 1 and 3:
        // (0.761594 - 3 × 0.462117) / 4 = -0.156183 → short at entry 0.1, flat at entry 0.2.
        let ensemble = try SignalEnsemble(members: [Self.member(2), Self.member(-1)], weights: [1, 3], entry: 0.1)
        let decided = Self.decisions(ensemble, steps: [0, 1, 1])
        #expect(decided[0].excludedBy == "warm-up" && decided[0].direction == 0)
        #expect(abs(decided[1].score - (tanh(1.0) - 3 * tanh(0.5)) / 4) < 1e-12 && decided[1].direction == -1)
        let wider = try SignalEnsemble(members: [Self.member(2), Self.member(-1)], weights: [1, 3], entry: 0.2)
        #expect(Self.decisions(wider, steps: [0, 1]).last?.direction == 0)
    }

    @Test func eachRuleStandsAside() throws {
        let members = [try Self.member(2), try Self.member(-1)]           // scores 0.7616 and -0.4621: mean 0.1497, long
        #expect(Self.decisions(try SignalEnsemble(members: members), steps: [0, 1]).last?.direction == 1)
        let conflict = try SignalEnsemble(members: members, rules: EnsembleRules(conflictBand: 0.4))
        #expect(Self.decisions(conflict, steps: [0, 1]).last?.excludedBy == "conflicting signals")
        let looser = try SignalEnsemble(members: members, rules: EnsembleRules(conflictBand: 0.5))
        #expect(Self.decisions(looser, steps: [0, 1]).last?.direction == 1, "-0.46 is inside a band of 0.5")
        // Bar 1 closes at 11:00 UTC: outside 12-16, inside 8-16.
        let hours = try SignalEnsemble(members: members, rules: EnsembleRules(hours: Set(12...16)))
        #expect(Self.decisions(hours, steps: [0, 1]).last?.excludedBy == "outside trading hours (11:00 UTC)")
        let open = try SignalEnsemble(members: members, rules: EnsembleRules(hours: Set(8...16)))
        #expect(Self.decisions(open, steps: [0, 1]).last?.direction == 1)
        let event = EnsembleRules.Window(start: Self.t0 + 7_200 * Timestamp.nanosPerSecond,
                                         end: Self.t0 + 9_000 * Timestamp.nanosPerSecond, reason: "ECB")
        let windowed = Self.decisions(try SignalEnsemble(members: members, rules: EnsembleRules(noTradeWindows: [event])), steps: [0, 1, 1])
        #expect(windowed.map(\.excludedBy) == ["warm-up", "no-trade window: ECB", nil])
        // Returns of 1e-4 / 1.1 ≈ 9.09e-5 per bar: inside [5e-5, 2e-4], outside [1e-4, 2e-4].
        let calm = try SignalEnsemble(members: members, rules: EnsembleRules(volatilityPeriod: 2, volatilityRange: 5e-5...2e-4))
        #expect(Self.decisions(calm, steps: [0, 1, 1, 1]).last?.direction == 1)
        let stormy = try SignalEnsemble(members: members, rules: EnsembleRules(volatilityPeriod: 2, volatilityRange: 1e-4...2e-4))
        #expect(Self.decisions(stormy, steps: [0, 1, 1, 1]).last?.excludedBy?.hasPrefix("volatility") == true)
    }

    @Test func badSettingsAreRefused() throws {
        let member = try Self.member(1)
        #expect(throws: SignalError.noMembers) { try SignalEnsemble(members: []) }
        #expect(throws: SignalError.badWeight(0)) { try SignalEnsemble(members: [member], weights: [0]) }
        #expect(throws: SignalError.self) { try SignalEnsemble(members: [member], rules: EnsembleRules(conflictBand: 2)) }
        #expect(throws: SignalError.self) { try SignalEnsemble(members: [member], rules: EnsembleRules(hours: [24])) }
        #expect(throws: SignalError.self) { try SignalEnsemble(members: [member], rules: EnsembleRules(volatilityPeriod: 5)) }
    }

    @Test func theStrategyTurnsDecisionsIntoPositionTargets() throws {
        let ensemble = try SignalEnsemble(members: [Self.member(2)])
        var strategy = ModelSignalStrategy(ensemble: ensemble, quantity: Quantity(1), recordsDecisions: true)
        let context = StrategyContext(accountCurrency: "USD")
        var intents: [[OrderIntent]] = []
        for i in 0..<3 {
            let time = Self.t0 + Int64(i) * 3_600 * Timestamp.nanosPerSecond
            let price = Price("1.1")!
            let event = BarEvent(symbol: "EURUSD", timeframe: .h1, bar: Bar(time: time, open: price, high: price, low: price, close: price),
                                 closeTime: time + 3_600 * Timestamp.nanosPerSecond)
            intents.append(strategy.onBar(event, context: context))
        }
        #expect(intents[0].isEmpty, "warm-up: flat, nothing to do")
        #expect(intents[1].map(\.side) == [.buy] && intents[1].first?.quantity == Quantity(1))
        #expect(strategy.decisions.map(\.direction) == [0, 1, 1])
    }
}
