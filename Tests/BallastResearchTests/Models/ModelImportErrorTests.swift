import BallastCore
import Foundation
import Testing
@testable import BallastResearch

/// Malformed or unsupported model files are typed errors that name the line and key (LightGBM) or
/// the key path (XGBoost), never a trap.
@Suite struct ModelImportErrorTests {
    static func lightGBMText() throws -> String {
        try String(contentsOfFile: ModelImportFixtures.path("lgbm_binary.txt"), encoding: .utf8)
    }

    static func xgboostJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: ModelImportFixtures.path("xgb_binary.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func lightGBMError(_ edit: (String) -> String) throws -> ModelImportError? {
        let text = edit(try Self.lightGBMText())
        do { _ = try LightGBMModelReader.read(text: text) } catch { return error }
        return nil
    }

    /// Replaces the first line starting with `prefix` by `line`.
    func replacingLine(_ prefix: String, with line: String) -> (String) -> String {
        { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) { lines[index] = line }
            return lines.joined(separator: "\n")
        }
    }

    @Test func lightGBMBadValuesNameTheLineAndKey() throws {
        #expect(try lightGBMError(replacingLine("threshold=", with: "threshold=1 2 x 4 5 6"))
            == .malformedLine(line: 17, key: "threshold", reason: "value 2 \"x\" is not a number"))
        #expect(try lightGBMError(replacingLine("left_child=", with: "left_child=1 4 3"))
            == .malformedLine(line: 19, key: "left_child", reason: "3 values, expected 6"))
        #expect(try lightGBMError(replacingLine("split_feature=", with: "split_feature=0 1 0 1 0 9"))
            == .malformedLine(line: 15, key: "split_feature", reason: "node 5: feature 9 is not in 0..<5"))
        #expect(try lightGBMError(replacingLine("left_child=", with: "left_child=1 0 3 -2 -1 -4"))
            == .malformedLine(line: 19, key: "left_child", reason: "node 1: child 0 is the root, out of range or shared"))
        #expect(try lightGBMError(replacingLine("leaf_value=", with: "")) == .malformedLine(line: 12, key: "leaf_value", reason: "missing"))
        #expect(try lightGBMError { _ in "{}" } == .malformedLine(line: 1, key: "tree", reason: "not a LightGBM text model"))
        #expect(try lightGBMError { _ in "" } == .malformedLine(line: 1, key: "tree", reason: "not a LightGBM text model"))
        #expect(try lightGBMError(replacingLine("version=", with: "")) == .malformedLine(line: 1, key: "version", reason: "missing"))
        let truncated = try lightGBMError { String($0[..<$0.range(of: "Tree=3")!.lowerBound]) }
        #expect(truncated?.description.contains("key end of trees: missing") == true)
    }

    @Test func lightGBMRefusesWhatItCannotEvaluate() throws {
        #expect(try lightGBMError(replacingLine("decision_type=", with: "decision_type=8 3 8 2 10 2"))
            == .unsupported(location: "line 18 (decision_type)", reason: "categorical split at node 1"))
        #expect(try lightGBMError(replacingLine("num_class=", with: "num_class=3"))
            == .unsupported(location: "line 3", reason: "num_class other than 1 (multi-class)"))
        #expect(try lightGBMError(replacingLine("objective=", with: "objective=lambdarank"))
            == .unsupported(location: "line 7", reason: "objective lambdarank"))
        #expect(try lightGBMError(replacingLine("objective=", with: "objective=binary sigmoid:2"))
            == .unsupported(location: "line 7", reason: "binary objective with sigmoid other than 1"))
        #expect(try lightGBMError(replacingLine("num_cat=", with: "num_cat=1"))
            == .unsupported(location: "line 14 (num_cat)", reason: "categorical splits"))
    }

    @Test func lightGBMReadsCRLFAndSingleLeafTrees() throws {
        let text = try Self.lightGBMText()
        let crlf = try LightGBMModelReader.read(text: text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try crlf == LightGBMModelReader.read(text: text))
        let stump = "tree\nversion=v4\nnum_class=1\nmax_feature_idx=1\nobjective=regression\n\nTree=0\nnum_leaves=1\nleaf_value=0.25\nshrinkage=1\n\nend of trees\n"
        let model = try LightGBMModelReader.read(text: stump)
        #expect([Double.nan, 3].withUnsafeBufferPointer { model.predict(row: $0) } == 0.25)
    }

    func xgboostError(_ edit: (inout [String: Any]) -> Void) throws -> ModelImportError? {
        var json = try Self.xgboostJSON()
        edit(&json)
        let data = try JSONSerialization.data(withJSONObject: json)
        do { _ = try XGBoostModelReader.read(json: data) } catch { return error }
        return nil
    }

    /// Applies `edit` to tree 2 of the model.
    func editTree(_ edit: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
        { json in
            var learner = json["learner"] as! [String: Any], booster = learner["gradient_booster"] as! [String: Any]
            var model = booster["model"] as! [String: Any], trees = model["trees"] as! [[String: Any]]
            edit(&trees[2])
            model["trees"] = trees; booster["model"] = model; learner["gradient_booster"] = booster; json["learner"] = learner
        }
    }

    @Test func xgboostBadValuesNameTheKeyPath() throws {
        let path = "learner.gradient_booster.model.trees[2]"
        #expect(try xgboostError(editTree { $0["split_conditions"] = nil }) == .malformedKey(path: "\(path).split_conditions", reason: "missing"))
        let mismatch = try xgboostError(editTree { $0["left_children"] = ["a"] })
        guard case let .malformedKey(key, _) = mismatch else { Issue.record("\(String(describing: mismatch))"); return }
        #expect(key == "\(path).left_children[0]")
        #expect(try xgboostError(editTree { $0["default_left"] = [0] })
            == .malformedKey(path: "\(path).default_left", reason: "1 entries, left_children has 15"))
        #expect(try xgboostError(editTree { tree in var right = tree["right_children"] as! [Int]; right[1] = 99; tree["right_children"] = right })
            == .malformedKey(path: "\(path).right_children[1]", reason: "child 99 is not in 1..<15"))
        #expect(try xgboostError(editTree { tree in var right = tree["right_children"] as! [Int]; right[1] = 1; tree["right_children"] = right })
            == .malformedKey(path: "\(path).left_children", reason: "node 1: child 1 is the root, out of range or shared"))
    }

    @Test func xgboostRefusesWhatItCannotEvaluate() throws {
        #expect(try xgboostError(editTree { tree in var types = tree["split_type"] as! [Int]; types[0] = 1; tree["split_type"] = types })
            == .unsupported(location: "learner.gradient_booster.model.trees[2].split_type[0]", reason: "categorical split"))
        let objective: (inout [String: Any]) -> Void = { json in
            var learner = json["learner"] as! [String: Any]
            learner["objective"] = ["name": "multi:softprob"]
            json["learner"] = learner
        }
        #expect(try xgboostError(objective) == .unsupported(location: "learner.objective.name", reason: "objective multi:softprob"))
    }

    /// Random single-character corruptions never trap or hang: each file either imports or throws.
    @Test func corruptedFilesThrowInsteadOfTrapping() throws {
        let alphabet = Array(" -019e.=,[]\"\n")
        var random = SplitMix64(seed: 5)
        for (file, isText) in [("lgbm_binary.txt", true), ("xgb_binary.json", false)] {
            let original = Array(try String(contentsOfFile: ModelImportFixtures.path(file), encoding: .utf8).utf8)
            for _ in 0..<40 {
                var bytes = original
                bytes[Int(random.next() % UInt64(bytes.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))].asciiValue ?? 32
                if isText {
                    _ = try? LightGBMModelReader.read(text: String(decoding: bytes, as: UTF8.self))
                } else {
                    _ = try? XGBoostModelReader.read(json: Data(bytes))
                }
            }
        }
    }
}
