import BallastCore
import Foundation
import Testing
@testable import BallastResearch

@Suite struct GradientBoostingTrainerTests {
    /// One split on four rows, by hand. L2 loss from the mean 5: gradients 5, 5, -5, -5 and
    /// hessians 1. Splitting at 2.5: G_L = 10, H_L = 2, G_R = -10, H_R = 2, so
    /// gain = 10²/(2+λ) + 10²/(2+λ) - 0²/(4+λ) and the leaves are ∓10/(2+λ).
    @Test(arguments: [0.0, 1.0])
    func splitGainAndLeafValuesMatchTheFormulas(lambda: Double) throws {
        let matrix = FeatureMatrix(columnNames: ["x"], rowCount: 4, values: [1, 2, 3, 4])
        var parameters = BoostingParameters()
        parameters.objective = .l2Regression
        parameters.rounds = 1
        parameters.learningRate = 1
        parameters.numLeaves = 2
        parameters.minDataInLeaf = 1
        parameters.minSumHessianInLeaf = 0
        parameters.minDataInBin = 1
        parameters.lambdaL2 = lambda
        let model = try GradientBoostingTrainer(parameters: parameters).train(matrix, labels: [0, 0, 10, 10])
        let ensemble = model.ensemble
        #expect(ensemble.baseScore == 5)
        #expect(ensemble.feature == [0] && ensemble.treeCount == 1)
        #expect(ensemble.threshold[0] == 2.5.nextUp)  // LightGBM's bound: just above the midpoint
        #expect(ensemble.leafValue == [-10 / (2 + lambda), 10 / (2 + lambda)])
        #expect(abs(model.importance.gain[0] - 200 / (2 + lambda)) < 1e-12)
        #expect(model.importance.splits == [1])
        let predictions = ensemble.predict(matrix)
        #expect(predictions == [5 - 10 / (2 + lambda), 5 - 10 / (2 + lambda), 5 + 10 / (2 + lambda), 5 + 10 / (2 + lambda)])
    }

    @Test func binaryStartsFromTheLogOddsOfTheLabelMean() throws {
        let matrix = FeatureMatrix(columnNames: ["x"], rowCount: 4, values: [1, 1, 1, 1])
        var parameters = BoostingParameters()
        parameters.rounds = 3
        let model = try GradientBoostingTrainer(parameters: parameters).train(matrix, labels: [1, 0, 0, 0])
        #expect(abs(model.ensemble.baseScore - log(0.25 / 0.75)) < 1e-15)
        #expect(model.treeCount == 0)  // a constant feature cannot split: training stops
    }

    @Test func learnsANonlinearTarget() throws {
        let (train, labels) = GBMFixtures.xor(rows: 4000, seed: 1)
        let (test, testLabels) = GBMFixtures.xor(rows: 2000, seed: 2)
        var parameters = BoostingParameters()
        parameters.rounds = 60
        parameters.numLeaves = 8
        let model = try GradientBoostingTrainer(parameters: parameters).train(train, labels: labels)
        let auc = BinaryMetrics.auc(labels: testLabels, scores: model.ensemble.predict(test))
        #expect(auc > 0.97, "AUC \(auc)")
        let ranked = model.importance.rankedByGain.map(\.name)
        #expect(Set(ranked.prefix(2)) == ["x0", "x1"])
        // Logistic regression cannot separate XOR: the trees' edge is the non-linearity.
        let linear = try LogisticRegression().fit(train, labels: labels)
        #expect(BinaryMetrics.auc(labels: testLabels, scores: linear.predict(test)) < 0.6)
    }

    @Test func modelDoesNotDependOnTheThreadCount() throws {
        // Over 65,536 rows, so leaves are also partitioned in parallel chunks.
        let (train, labels) = GBMFixtures.xor(rows: 70_000, noise: 9, seed: 3)
        var parameters = BoostingParameters()
        parameters.rounds = 6
        parameters.featureFraction = 0.8
        parameters.baggingFraction = 0.7
        parameters.baggingFrequency = 2
        parameters.seed = 42
        let models = try [1, 2, 3].map { threads in
            parameters.threads = threads
            return try GradientBoostingTrainer(parameters: parameters).train(train, labels: labels).ensemble
        }
        #expect(models.allSatisfy { $0 == models[0] })
        #expect(models[0].treeCount == 6)
    }

    @Test func earlyStoppingKeepsTheBestRound() throws {
        let (train, labels) = GBMFixtures.noise(rows: 3000, columns: 5, seed: 4)
        let (valid, validLabels) = GBMFixtures.noise(rows: 1000, columns: 5, seed: 5)
        var parameters = BoostingParameters()
        parameters.rounds = 500
        parameters.earlyStoppingRounds = 10
        let model = try GradientBoostingTrainer(parameters: parameters).train(train, labels: labels, validation: valid,
                                                                               validationLabels: validLabels)
        #expect(model.stoppedEarly)
        #expect(model.roundsTrained < 500)
        #expect(model.validationMetric.count == model.roundsTrained)
        #expect(model.roundsTrained - model.treeCount == 10)
        let best = model.validationMetric.indices.min { model.validationMetric[$0] < model.validationMetric[$1] }!
        #expect(model.treeCount == best + 1)
        #expect(model.ensemble.treeCount == model.treeCount)
    }

    @Test func importanceSumsOverTheSplits() throws {
        let (train, labels) = GBMFixtures.xor(rows: 3000, noise: 3, seed: 6)
        var parameters = BoostingParameters()
        parameters.rounds = 20
        let model = try GradientBoostingTrainer(parameters: parameters).train(train, labels: labels)
        #expect(model.importance.splits.reduce(0, +) == model.ensemble.feature.count)
        for feature in 0..<train.columnCount {
            #expect(model.importance.splits[feature] == model.ensemble.feature.count { $0 == feature })
        }
        #expect(model.importance.gain.allSatisfy { $0 >= 0 })
        #expect(model.importance.gain.reduce(0, +) > 0)
        #expect(model.ensemble.feature.count <= 20 * 30)  // at most 31 leaves, 30 splits per tree
    }

    @Test func missingValuesGetTheirOwnBinAndDirection() throws {
        // Label 1 exactly when x is NaN or above 0.5.
        var random = SplitMix64(seed: 7)
        var values: [Float] = [], labels: [Double] = []
        for row in 0..<2000 {
            let x = random.nextUnit()
            let missing = row % 5 == 0
            values.append(missing ? .nan : Float(x))
            labels.append(missing || x > 0.5 ? 1 : 0)
        }
        let matrix = FeatureMatrix(columnNames: ["x"], rowCount: 2000, values: values)
        var parameters = BoostingParameters()
        parameters.rounds = 30
        let model = try GradientBoostingTrainer(parameters: parameters).train(matrix, labels: labels)
        #expect(model.ensemble.missing.allSatisfy { $0 == .nanToDefault })
        let probe = FeatureMatrix(columnNames: ["x"], rowCount: 3, values: [.nan, 0.2, 0.8])
        let p = model.ensemble.predict(probe)
        #expect(p[0] > 0.9 && p[1] < 0.1 && p[2] > 0.9, "\(p)")
    }

    @Test func refusesBadInput() {
        let matrix = FeatureMatrix(columnNames: ["x"], rowCount: 2, values: [1, 2])
        #expect(throws: BoostingError.invalidLabels("binary labels must be 0 or 1, found 2.0")) {
            try GradientBoostingTrainer().train(matrix, labels: [0, 2])
        }
        #expect(throws: BoostingError.invalidLabels("1 labels for 2 rows")) { try GradientBoostingTrainer().train(matrix, labels: [0]) }
        var parameters = BoostingParameters()
        parameters.numLeaves = 1
        #expect(throws: BoostingError.self) { try GradientBoostingTrainer(parameters: parameters).train(matrix, labels: [0, 1]) }
    }
}
