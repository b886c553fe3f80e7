import BallastResearch
import Testing

/// Three events over six bars, spans 0...2, 1...3 and 4...5:
/// concurrency per bar 1, 2, 2, 1, 1, 1; average uniqueness (1 + ½ + ½)/3 = ⅔, (½ + ½ + 1)/3 = ⅔
/// and (1 + 1)/2 = 1; cumulative uniqueness ⅔, 4⁄3, 7⁄3.
@Suite struct SampleWeightsTests {
    let spans = [0...2, 1...3, 4...5]

    func near(_ a: [Double], _ b: [Double]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 } }

    @Test func concurrencyAndUniqueness() {
        #expect(SampleWeights.concurrency(spans: spans, barCount: 6) == [1, 2, 2, 1, 1, 1])
        #expect(near(SampleWeights.averageUniqueness(spans: spans, barCount: 6), [2.0 / 3, 2.0 / 3, 1]))
    }

    @Test func linearDecayToAPositiveOldestWeight() {
        // c = ½: slope (1 − ½)/(7/3) = 3/14, constant ½ → ½ + 3/14·⅔ = 9/14, ½ + 3/14·4/3 = 11/14, 1.
        let u = SampleWeights.averageUniqueness(spans: spans, barCount: 6)
        #expect(near(SampleWeights.timeDecay(uniqueness: u, oldestWeight: 0.5), [9.0 / 14, 11.0 / 14, 1]))
        #expect(near(SampleWeights.weights(spans: spans, barCount: 6, oldestWeight: 0.5), [3.0 / 7, 11.0 / 21, 1]))
        #expect(near(SampleWeights.timeDecay(uniqueness: u, oldestWeight: 1), [1, 1, 1]))
    }

    @Test func negativeOldestWeightZeroesTheOldestFraction() {
        // c = −½: slope 1/(½·7/3) = 6/7, constant 1 − 2 = −1 → −1 + 4/7 < 0 → 0, −1 + 8/7 = 1/7, 1.
        let u = SampleWeights.averageUniqueness(spans: spans, barCount: 6)
        #expect(near(SampleWeights.timeDecay(uniqueness: u, oldestWeight: -0.5), [0, 1.0 / 7, 1]))
    }
}
