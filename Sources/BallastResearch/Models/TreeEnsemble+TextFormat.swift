/// Ballast's tree-ensemble text format, version 1: plain UTF-8 lines of space-separated
/// fields, written by `textFormat()` and read by `init(textFormat:)`.
///
/// ```
/// ballast-tree-ensemble 1
/// feature_count 25
/// split_rule less_or_equal            (or: less)
/// link logistic                       (or: identity)
/// arithmetic float32                  (optional: XGBoost's float arithmetic; absent means double)
/// base_score -0.05617
/// counts <trees> <nodes> <leaves>
/// roots <root of tree 0> <root of tree 1> ...
/// node <feature> <threshold> <left> <right> <default_left 0|1> <missing>   (one line per node, in order)
/// leaf <value>                                                              (one line per leaf, in order)
/// end
/// ```
/// Children and roots follow `TreeEnsemble`: `c >= 0` is node `c`, `c < 0` is leaf `-c - 1`.
/// `missing` is `nan_to_default`, `zero_or_nan_to_default` or `nan_as_zero`. Numbers are
/// written as the shortest decimal that reads back to the same `Double` (`inf`, `-inf` and
/// `nan` included), so a round trip is exact. Blank lines and lines starting `#` are ignored.
extension TreeEnsemble {
    static let missingNames: [(MissingRule, String)] = [
        (.nanToDefault, "nan_to_default"), (.zeroOrNaNToDefault, "zero_or_nan_to_default"), (.nanAsZero, "nan_as_zero"),
    ]

    /// The ensemble in the text format above.
    public func textFormat() -> String {
        var lines = ["ballast-tree-ensemble 1", "feature_count \(featureCount)",
                     "split_rule \(splitRule == .lessOrEqual ? "less_or_equal" : "less")", "link \(link.rawValue)",
                     ] + (arithmetic == .float32 ? ["arithmetic float32"] : []) + [
                     "base_score \(baseScore)", "counts \(roots.count) \(feature.count) \(leafValue.count)",
                     "roots" + roots.map { " \($0)" }.joined()]
        lines.reserveCapacity(lines.count + feature.count + leafValue.count + 1)
        for node in feature.indices {
            let rule = Self.missingNames.first { $0.0 == missing[node] }!.1
            lines.append("node \(feature[node]) \(threshold[node]) \(left[node]) \(right[node]) \(defaultLeft[node] ? 1 : 0) \(rule)")
        }
        for value in leafValue { lines.append("leaf \(value)") }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the text format; throws with the offending line on anything malformed, including
    /// trees whose children point outside the arrays or back up the tree.
    public init(textFormat text: String) throws(TreeEnsembleFormatError) {
        var reader = TreeEnsembleTextReader(text)
        let parts = try reader.read()
        self.init(featureCount: parts.featureCount, splitRule: parts.splitRule, link: parts.link, baseScore: parts.baseScore,
                  roots: parts.roots, feature: parts.feature, threshold: parts.threshold, left: parts.left, right: parts.right,
                  defaultLeft: parts.defaultLeft, missing: parts.missing, leafValue: parts.leafValue, arithmetic: parts.arithmetic)
    }
}
