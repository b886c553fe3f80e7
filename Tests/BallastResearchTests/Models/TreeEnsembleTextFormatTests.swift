import Foundation
import Testing
@testable import BallastResearch

@Suite struct TreeEnsembleTextFormatTests {
    @Test func trainedModelRoundTripsExactly() throws {
        let (train, labels) = GBMFixtures.xor(rows: 3000, seed: 8)
        var values = train.values
        for index in stride(from: 0, to: values.count, by: 7) { values[index] = .nan }
        let matrix = FeatureMatrix(columnNames: train.columnNames, rowCount: train.rowCount, values: values)
        var parameters = BoostingParameters()
        parameters.rounds = 10
        let ensemble = try GradientBoostingTrainer(parameters: parameters).train(matrix, labels: labels).ensemble
        let text = ensemble.textFormat()
        let read = try TreeEnsemble(textFormat: text)
        #expect(read == ensemble)
        #expect(read.textFormat() == text)
        #expect(read.rawScores(matrix) == ensemble.rawScores(matrix))
    }

    @Test func specialValuesAndSingleLeafTreesRoundTrip() throws {
        let ensemble = TreeEnsemble(
            featureCount: 2, splitRule: .less, link: .identity, baseScore: -0.1,
            roots: [0, ~2], feature: [1], threshold: [-.infinity], left: [~0], right: [~1],
            defaultLeft: [true], missing: [.zeroOrNaNToDefault], leafValue: [1e-300, .pi, -0.0])
        #expect(try TreeEnsemble(textFormat: ensemble.textFormat()) == ensemble)
    }

    @Test func importedModelsRoundTripWithTheirArithmetic() throws {
        let xgboost = try XGBoostModelReader.read(contentsOfFile: ModelImportFixtures.path("xgb_binary.json"))
        #expect(xgboost.arithmetic == .float32)
        #expect(try TreeEnsemble(textFormat: xgboost.textFormat()) == xgboost)
        let lightgbm = try LightGBMModelReader.read(contentsOfFile: ModelImportFixtures.path("lgbm_binary.txt"))
        #expect(try TreeEnsemble(textFormat: lightgbm.textFormat()) == lightgbm)
        #expect(!lightgbm.textFormat().contains("arithmetic"))
    }

    @Test func malformedFilesNameTheLine() {
        let good = TreeEnsemble(featureCount: 1, splitRule: .lessOrEqual, link: .logistic, baseScore: 0,
                                roots: [0], feature: [0], threshold: [0.5], left: [~0], right: [~1],
                                defaultLeft: [false], missing: [.nanToDefault], leafValue: [-1, 1]).textFormat()
        func error(_ text: String) -> TreeEnsembleFormatError? {
            do { _ = try TreeEnsemble(textFormat: text); return nil } catch { return error }
        }
        #expect(error(good) == nil, "\(good)")
        #expect(error(good.replacingOccurrences(of: "node 0 0.5", with: "node 3 0.5"))?.line == 8)
        #expect(error(good.replacingOccurrences(of: "leaf 1", with: "leaf x"))?.line == 10)
        #expect(error(good.replacingOccurrences(of: "-1 -2 0", with: "-1 -7 0"))?.line == 8)
        #expect(error(good.replacingOccurrences(of: "link logistic", with: "link probit"))?.line == 4)
        #expect(error(good.replacingOccurrences(of: "\nend\n", with: "\n"))?.message == "file ends before 'end'")
        #expect(error(good.replacingOccurrences(of: "-1 -2 0", with: "0 -2 0")) != nil)  // a node that is its own child
        #expect(error("")?.line == 0)
    }
}
