import BallastCore
import Foundation
import Testing
@testable import BallastResearch

@Suite struct LogisticRegressionTests {
    /// Labels drawn from a known logistic model; a lightly penalised fit recovers its weights.
    @Test func recoversTheWeightsOfALogisticModel() throws {
        var random = SplitMix64(seed: 11)
        var values: [Float] = [], labels: [Double] = []
        for _ in 0..<20_000 {
            let x0 = random.nextGaussian(), x1 = random.nextGaussian() * 3 + 2
            values += [Float(x0), Float(x1)]
            let p = 1 / (1 + exp(-(0.5 + 1.5 * x0 - 0.4 * x1)))
            labels.append(random.nextUnit() < p ? 1 : 0)
        }
        let matrix = FeatureMatrix(columnNames: ["x0", "x1"], rowCount: 20_000, values: values)
        let model = try LogisticRegression(lambda: 1e-6).fit(matrix, labels: labels)
        // Back to raw units: w_raw = w / scale, b_raw = b - Σ w_raw · mean.
        let raw = zip(model.weights, model.scale).map { $0 / $1 }
        let intercept = model.intercept - zip(raw, model.mean).map { $0 * $1 }.reduce(0, +)
        #expect(abs(raw[0] - 1.5) < 0.08 && abs(raw[1] + 0.4) < 0.03 && abs(intercept - 0.5) < 0.1, "\(raw) \(intercept)")
    }

    @Test func penaltyShrinksWeightsAndTheGradientVanishes() throws {
        let (matrix, labels) = GBMFixtures.noise(rows: 500, columns: 3, seed: 12)
        let light = try LogisticRegression(lambda: 0.01).fit(matrix, labels: labels)
        let heavy = try LogisticRegression(lambda: 1000).fit(matrix, labels: labels)
        let norm = { (m: LogisticModel) in m.weights.map { $0 * $0 }.reduce(0, +) }
        #expect(norm(heavy) < norm(light) / 10)
        // At the optimum the intercept's gradient Σ(p - y) is zero.
        let p = heavy.predict(matrix)
        #expect(abs(zip(p, labels).map { $0 - $1 }.reduce(0, +)) < 1e-6)
    }

    @Test func refusesBadLabels() {
        let matrix = FeatureMatrix(columnNames: ["x"], rowCount: 2, values: [1, 2])
        #expect(throws: LogisticRegressionError.invalidLabels("labels must be 0 or 1, found 0.5")) {
            try LogisticRegression().fit(matrix, labels: [0, 0.5])
        }
    }
}
