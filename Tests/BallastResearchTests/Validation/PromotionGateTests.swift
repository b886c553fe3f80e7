import Foundation
import Testing
@testable import BallastResearch

/// The promotion gate reads its thresholds from configuration and explains its verdict.
@Suite struct PromotionGateTests {
    func decode(_ json: String) throws -> PromotionGate {
        try JSONDecoder().decode(PromotionGate.self, from: Data(json.utf8))
    }

    @Test func decodesThresholdsWithDefaults() throws {
        #expect(try decode("{}") == PromotionGate(minDeflatedSharpe: 0.95, maxOverfittingProbability: 0.2, minOutOfSampleNetReturn: 0))
        #expect(try decode(#"{"maxOverfittingProbability": 0.1}"#).maxOverfittingProbability == 0.1)
        #expect(throws: DecodingError.self) { try decode(#"{"minDeflatedSharp": 0.9}"#) }
    }

    @Test func passesOnlyWhenEveryCheckPasses() {
        let gate = PromotionGate()
        let pass = gate.evaluate(GateEvidence(deflatedSharpe: 0.97, overfittingProbability: 0.1, outOfSampleNetReturn: 0.04))
        #expect(pass.passed && pass.checks.map(\.passed) == [true, true, true])
        let fail = gate.evaluate(GateEvidence(deflatedSharpe: 0.9004, overfittingProbability: 0.2, outOfSampleNetReturn: 0))
        #expect(!fail.passed)
        // 0.2 ≤ 0.2 passes; a net return of exactly 0 does not (it must be positive).
        #expect(fail.checks.map(\.passed) == [false, true, false])
        #expect(gate.evaluate(GateEvidence(deflatedSharpe: .nan, overfittingProbability: 0, outOfSampleNetReturn: 1)).passed == false)
    }

    @Test func verdictExplainsItselfAndRoundTrips() throws {
        let verdict = PromotionGate().evaluate(GateEvidence(deflatedSharpe: 0.9004, overfittingProbability: 0.05, outOfSampleNetReturn: 0.02))
        #expect(verdict.description == """
            FAIL: may not be promoted
            fail deflatedSharpe = 0.9004 (required ≥ 0.95)
            pass overfittingProbability = 0.05 (required ≤ 0.2)
            pass outOfSampleNetReturn = 0.02 (required > 0.0)
            """)
        let stored = try JSONEncoder().encode(verdict)
        #expect(try JSONDecoder().decode(GateVerdict.self, from: stored) == verdict)
        let text = String(decoding: stored, as: UTF8.self)
        #expect(text.contains(#""name":"deflatedSharpe""#) && text.contains(#""rule":"atLeast""#))
    }
}
