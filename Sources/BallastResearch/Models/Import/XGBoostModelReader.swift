import Foundation

/// Reads an XGBoost JSON model into a `TreeEnsemble` that predicts exactly what XGBoost predicts.
///
/// Supported: the `gbtree` booster with one output (`binary:logistic` → logistic link,
/// `reg:squarederror` → identity), numerical splits with a default direction for NaN. Splits compare
/// `value < threshold`, and the ensemble uses `.float32` arithmetic: XGBoost rounds inputs to `float`,
/// sums leaves onto the base margin in `float` and applies its `float` sigmoid. `base_score` is stored
/// as a probability for `binary:logistic`; the base margin is XGBoost's `-logf(1/p - 1)`.
/// Categorical splits, DART, multi-class and multi-target models are refused as unsupported.
public enum XGBoostModelReader {
    /// Reads the model file at `path`.
    public static func read(contentsOfFile path: String) throws(ModelImportError) -> TreeEnsemble {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
        return try read(json: data)
    }

    /// Reads a model from the bytes of a JSON model file.
    public static func read(json: Data) throws(ModelImportError) -> TreeEnsemble {
        let file: XGBoostModelFile
        do { file = try JSONDecoder().decode(XGBoostModelFile.self, from: json) } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .malformedKey(path: "(document)", reason: String(describing: error))
        }
        let learner = file.learner
        let booster = learner.gradient_booster
        guard booster.name == "gbtree", let model = booster.model else {
            throw .unsupported(location: "learner.gradient_booster.name", reason: "booster \(booster.name)")
        }
        let param = learner.learner_model_param
        for (key, value) in [("num_class", param.num_class), ("num_target", param.num_target)] {
            guard let value, Int(value) ?? 2 > 1 else { continue }
            throw .unsupported(location: "learner.learner_model_param.\(key)", reason: "\(key) \(value)")
        }
        guard let featureCount = Int(param.num_feature), featureCount >= 1 else {
            throw .malformedKey(path: "learner.learner_model_param.num_feature", reason: "\"\(param.num_feature)\" is not a positive integer")
        }
        let (link, baseMargin) = try objective(learner.objective.name, baseScore: param.base_score)
        var builder = TreeEnsembleBuilder(featureCount: featureCount)
        for (index, tree) in model.trees.enumerated() {
            try XGBoostTree(tree, path: "learner.gradient_booster.model.trees[\(index)]").add(to: &builder)
        }
        return builder.ensemble(splitRule: .less, link: link, baseScore: Double(baseMargin), arithmetic: .float32)
    }

    /// The link and the base margin (in `float`, as XGBoost computes it) for an objective.
    private static func objective(_ name: String, baseScore text: String) throws(ModelImportError) -> (TreeEnsemble.Link, Float) {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        guard let baseScore = Float(trimmed), baseScore.isFinite else {
            throw .malformedKey(path: "learner.learner_model_param.base_score", reason: "\"\(text)\" is not a number")
        }
        switch name {
        case "binary:logistic":
            guard baseScore > 0, baseScore < 1 else {
                throw .malformedKey(path: "learner.learner_model_param.base_score", reason: "\(text) is not in (0, 1)")
            }
            return (.logistic, -logf(1 / baseScore - 1))
        case "reg:squarederror":
            return (.identity, baseScore)
        default:
            throw .unsupported(location: "learner.objective.name", reason: "objective \(name)")
        }
    }

    /// Names the key path of a decoding failure, e.g. `learner.gradient_booster.model.trees[2].left_children`.
    private static func describe(_ error: DecodingError) -> ModelImportError {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let keys = codingPath + (last.map { [$0] } ?? [])
            let text = keys.reduce("") { text, key in
                key.intValue.map { "\(text)[\($0)]" } ?? (text.isEmpty ? key.stringValue : "\(text).\(key.stringValue)")
            }
            return text.isEmpty ? "(document)" : text
        }
        switch error {
        case let .keyNotFound(key, context): return .malformedKey(path: path(context.codingPath, key), reason: "missing")
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return .malformedKey(path: path(context.codingPath), reason: context.debugDescription)
        @unknown default: return .malformedKey(path: "(document)", reason: String(describing: error))
        }
    }
}
