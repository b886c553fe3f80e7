import Foundation

/// Reads a LightGBM text model (`Booster.save_model`, format `version=v3` or `v4`) into a
/// `TreeEnsemble` that predicts exactly what LightGBM predicts.
///
/// Supported: one class (`num_class=1`), objectives `binary sigmoid:1` (logistic link) and
/// `regression` (identity), numerical splits with any missing type (None, Zero, NaN) and default
/// direction. Leaf values already include the shrinkage, and the first tree carries LightGBM's
/// initial score, so the base score is 0. Categorical splits, linear trees, random-forest averaging
/// and multi-class models are refused with `ModelImportError.unsupported`.
public enum LightGBMModelReader {
    /// Reads the model file at `path`.
    public static func read(contentsOfFile path: String) throws(ModelImportError) -> TreeEnsemble {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
        return try read(text: text)
    }

    /// Reads a model from the text of a model file.
    public static func read(text: String) throws(ModelImportError) -> TreeEnsemble {
        let (header, trees) = try sections(of: text)
        let version = try header.string("version")
        guard version == "v3" || version == "v4" else {
            throw .unsupported(location: "line \(header.line(of: "version"))", reason: "model version \(version)")
        }
        for key in ["num_class", "num_tree_per_iteration"] where header.contains(key) {
            guard try header.int(key) == 1 else {
                throw .unsupported(location: "line \(header.line(of: key))", reason: "\(key) other than 1 (multi-class)")
            }
        }
        if header.contains("average_output") {
            throw .unsupported(location: "line \(header.line(of: "average_output"))", reason: "averaged (random forest) output")
        }
        let featureCount = try header.int("max_feature_idx") + 1
        guard featureCount >= 1 else { throw header.bad("max_feature_idx", "must be at least 0") }
        let link = try self.link(header)
        var builder = TreeEnsembleBuilder(featureCount: featureCount)
        for (index, tree) in trees.enumerated() {
            guard try tree.int("Tree") == index else { throw tree.bad("Tree", "expected tree \(index)") }
            try LightGBMTree(tree).add(to: &builder)
        }
        return builder.ensemble(splitRule: .lessOrEqual, link: link, baseScore: 0, arithmetic: .double)
    }

    private static func link(_ header: LightGBMSection) throws(ModelImportError) -> TreeEnsemble.Link {
        let tokens = try header.string("objective").split(separator: " ")
        let location = "line \(header.line(of: "objective"))"
        switch tokens.first {
        case "binary":
            // LightGBM's output is 1 / (1 + exp(-sigmoid * raw)); only sigmoid 1 is the logistic link.
            guard tokens.dropFirst().allSatisfy({ !$0.hasPrefix("sigmoid:") || Double($0.dropFirst(8)) == 1 }) else {
                throw .unsupported(location: location, reason: "binary objective with sigmoid other than 1")
            }
            return .logistic
        case "regression", "regression_l2":
            return .identity
        default:
            throw .unsupported(location: location, reason: "objective \(tokens.joined(separator: " "))")
        }
    }

    /// Splits the text into the header and one section per `Tree=` block, stopping at `end of trees`.
    private static func sections(of text: String) throws(ModelImportError) -> (LightGBMSection, [LightGBMSection]) {
        var header = LightGBMSection(startLine: 1)
        var trees: [LightGBMSection] = []
        var sawMagic = false
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if line.isEmpty { continue }
            if !sawMagic {
                guard line == "tree" else { throw .malformedLine(line: number, key: "tree", reason: "not a LightGBM text model") }
                sawMagic = true
                continue
            }
            if line == "end of trees" { return (header, trees) }
            guard let equals = line.firstIndex(of: "=") else {
                throw .malformedLine(line: number, key: String(line.prefix(40)), reason: "expected key=value")
            }
            let key = line[..<equals], value = line[line.index(after: equals)...]
            if key == "Tree" { trees.append(LightGBMSection(startLine: number)) }
            if trees.isEmpty {
                header.add(key: key, value: value, line: number)
            } else {
                trees[trees.count - 1].add(key: key, value: value, line: number)
            }
        }
        guard sawMagic else { throw .malformedLine(line: 1, key: "tree", reason: "not a LightGBM text model") }
        throw .malformedLine(line: lines.count, key: "end of trees", reason: "missing (file truncated?)")
    }
}
