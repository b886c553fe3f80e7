import BallastResearch
import Foundation
import Testing

/// Labeler settings decode from JSON and invalid values throw instead of trapping.
@Suite struct LabelDecodingTests {
    @Test func labelersDecodeAndRejectInvalidValues() throws {
        let decoder = JSONDecoder()
        let barrier = try decoder.decode(TripleBarrier.self, from: Data(#"{"profitTake": 2, "stopLoss": 1, "maxBars": 10}"#.utf8))
        #expect(barrier == TripleBarrier(profitTake: 2, stopLoss: 1, maxBars: 10))
        #expect(throws: DecodingError.self) {
            try decoder.decode(TripleBarrier.self, from: Data(#"{"profitTake": -1, "stopLoss": 1, "maxBars": 10}"#.utf8))
        }
        let fixed = FixedHorizonLabeler(horizon: 5, mode: .threshold(multiple: 0.5))
        #expect(try decoder.decode(FixedHorizonLabeler.self, from: JSONEncoder().encode(fixed)) == fixed)
        #expect(throws: DecodingError.self) {
            try decoder.decode(FixedHorizonLabeler.self, from: Data(#"{"horizon": -2, "mode": {"sign": {}}}"#.utf8))
        }
    }
}
