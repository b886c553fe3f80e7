import Foundation
import Testing
@testable import BallastResearch

/// Ballast's evaluation of imported models equals the Python libraries' own predictions (to 1e-9,
/// and in practice bit for bit) on every fixture row, margins and transformed outputs alike.
@Suite struct ModelImportParityTests {
    static let models: [(name: String, file: String)] = [
        ("lgbm_binary", "lgbm_binary.txt"), ("lgbm_regression_zero", "lgbm_regression_zero.txt"),
        ("lgbm_regression_nomissing", "lgbm_regression_nomissing.txt"),
        ("xgb_binary", "xgb_binary.json"), ("xgb_regression", "xgb_regression.json"),
    ]

    static func load(_ file: String) throws -> TreeEnsemble {
        let path = ModelImportFixtures.path(file)
        return file.hasSuffix(".txt") ? try LightGBMModelReader.read(contentsOfFile: path)
                                      : try XGBoostModelReader.read(contentsOfFile: path)
    }

    @Test(arguments: models)
    func predictionsMatchTheLibrary(name: String, file: String) throws {
        let fixtures = try ModelImportFixtures.load()
        let model = try Self.load(file)
        let expected = try #require(fixtures.predictions[name]), expectedRaw = try #require(fixtures.predictions[name + "_raw"])
        var worst = 0.0, exact = 0
        for (row, input) in fixtures.inputs.enumerated() {
            let (raw, prediction) = input.withUnsafeBufferPointer { (model.rawScore(row: $0), model.predict(row: $0)) }
            worst = max(worst, abs(raw - expectedRaw[row]), abs(prediction - expected[row]))
            if raw == expectedRaw[row] && prediction == expected[row] { exact += 1 }
        }
        #expect(worst <= 1e-9, "\(name): worst difference \(worst)")
        #expect(exact == fixtures.inputs.count, "\(name): \(exact) of \(fixtures.inputs.count) rows bit-identical")
    }

    @Test func fixturesExerciseEveryMissingRuleAndBothDefaults() throws {
        let models = try Self.models.map { try Self.load($0.file) }
        let rules = Set(models.flatMap(\.missing))
        #expect(rules == [.nanToDefault, .zeroOrNaNToDefault, .nanAsZero])
        // Both default directions are taken wherever missing values steer (not with use_missing=false).
        for (model, spec) in zip(models, Self.models) where spec.name != "lgbm_regression_nomissing" {
            #expect(Set(model.defaultLeft) == [true, false], "\(spec.name)")
        }
        #expect(ModelImportFixtures.directory.path.hasSuffix("Fixtures/ModelImport"))
    }

    @Test func zeroThresholdIsLightGBMsFloatLiteral() {
        // LightGBM writes kZeroThreshold (1e-35f) as this double in thresholds near zero.
        #expect(TreeEnsemble.zeroThreshold == 1.0000000180025095e-35)
    }
}
