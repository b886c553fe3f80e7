import BallastCore
import Testing
@testable import BallastResearch

/// Sample weights in the trainer: a row of weight 2 counts as that row twice, weights of 1 change
/// nothing, and bad weights are refused.
@Suite struct SampleWeightTrainingTests {
    /// 300 rows of three features with ten values each (so binning does not depend on row
    /// counts), labels from a noisy rule, and weights 1 or 2.
    static func data() -> (matrix: FeatureMatrix, labels: [Double], weights: [Double]) {
        var random = SplitMix64(seed: 7)
        var values: [Float] = [], labels: [Double] = [], weights: [Double] = []
        for _ in 0..<300 {
            let row = (0..<3).map { _ in Float(random.next() % 10) }
            values += row
            labels.append(row[0] + row[1] > 9 || random.next() % 7 == 0 ? 1 : 0)
            weights.append(random.next() % 3 == 0 ? 2 : 1)
        }
        return (FeatureMatrix(columnNames: ["a", "b", "c"], rowCount: 300, values: values), labels, weights)
    }

    static var parameters: BoostingParameters {
        var parameters = BoostingParameters()
        parameters.rounds = 20
        parameters.numLeaves = 6
        parameters.minDataInLeaf = 1
        parameters.minDataInBin = 1
        return parameters
    }

    @Test func aWeightOfTwoTrainsLikeTheRowTwice() throws {
        let (matrix, labels, weights) = Self.data()
        var doubled: [Float] = [], doubledLabels: [Double] = []
        for row in 0..<matrix.rowCount {
            for _ in 0..<Int(weights[row]) {
                doubled += matrix.values[(row * 3)..<(row * 3 + 3)]
                doubledLabels.append(labels[row])
            }
        }
        let copies = FeatureMatrix(columnNames: matrix.columnNames, rowCount: doubledLabels.count, values: doubled)
        let trainer = GradientBoostingTrainer(parameters: Self.parameters)
        let weighted = try trainer.train(matrix, labels: labels, weights: weights).ensemble
        let repeated = try trainer.train(copies, labels: doubledLabels).ensemble
        #expect(weighted.treeCount == 20)
        #expect(abs(weighted.baseScore - repeated.baseScore) < 1e-12)
        #expect(weighted.feature == repeated.feature && weighted.threshold == repeated.threshold)
        for (a, b) in zip(weighted.predict(matrix), repeated.predict(matrix)) { #expect(abs(a - b) < 1e-6) }
        let unweighted = try trainer.train(matrix, labels: labels).ensemble
        #expect(unweighted.predict(matrix) != weighted.predict(matrix))
    }

    @Test func weightsOfOneChangeNothing() throws {
        let (matrix, labels, _) = Self.data()
        let trainer = GradientBoostingTrainer(parameters: Self.parameters)
        let ones = try trainer.train(matrix, labels: labels, weights: Array(repeating: 1, count: 300)).ensemble
        #expect(ones == (try trainer.train(matrix, labels: labels).ensemble))
    }

    @Test(arguments: [([1.0, 1.0], "2 weights for 300 rows"), ([-1.0], "weight -1.0 of row 0"), ([Double.nan], "weight nan of row 0"),
                      ([0.0], "every weight is zero")])
    func badWeightsAreRefused(weights: [Double], message: String) throws {
        let (matrix, labels, _) = Self.data()
        let full = weights.count == 1 ? weights + Array(repeating: weights[0] == 0 ? 0 : 1, count: 299) : weights
        #expect(throws: BoostingError.self) { try GradientBoostingTrainer(parameters: Self.parameters).train(matrix, labels: labels, weights: full) }
        do { _ = try GradientBoostingTrainer(parameters: Self.parameters).train(matrix, labels: labels, weights: full) } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}
