import Foundation

/// The model-import fixtures that `Fixtures/make_model_fixtures.py` writes with LightGBM and XGBoost:
/// input rows, and each model's predictions and raw margins as the Python libraries return them.
struct ModelImportFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ModelImport")

    let inputs: [[Double]]
    /// Column name (`lgbm_binary`, `lgbm_binary_raw`, …) to one value per input row.
    let predictions: [String: [Double]]

    static func path(_ file: String) -> String { directory.appendingPathComponent(file).path }

    static func load() throws -> ModelImportFixtures {
        let inputs = try table("inputs.csv")
        let predictions = try table("predictions.csv")
        var columns: [String: [Double]] = [:]
        for (index, name) in predictions.header.enumerated() { columns[name] = predictions.rows.map { $0[index] } }
        return ModelImportFixtures(inputs: inputs.rows, predictions: columns)
    }

    private static func table(_ file: String) throws -> (header: [String], rows: [[Double]]) {
        let lines = try String(contentsOfFile: path(file), encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let rows = lines.dropFirst().map { line in line.split(separator: ",").map { Double($0) ?? .nan } }
        return (header, rows)
    }
}
