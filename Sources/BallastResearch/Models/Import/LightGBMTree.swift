/// One `Tree=` block of a LightGBM text model, decoded into `TreeEnsembleBuilder` splits.
///
/// `decision_type` is a bit field: bit 0 marks a categorical split, bit 1 sends missing values left,
/// bits 2–3 are the missing type (0 None: NaN is compared as 0; 1 Zero: 0 and NaN take the default
/// direction; 2 NaN: NaN takes the default direction). Children use the same encoding as
/// `TreeEnsemble`: `c >= 0` is an internal node, `c < 0` the leaf `~c`.
struct LightGBMTree {
    let section: LightGBMSection

    init(_ section: LightGBMSection) { self.section = section }

    func add(to builder: inout TreeEnsembleBuilder) throws(ModelImportError) {
        let leafCount = try section.int("num_leaves")
        guard leafCount >= 1 else { throw section.bad("num_leaves", "must be at least 1") }
        if section.contains("num_cat"), try section.int("num_cat") != 0 {
            throw unsupported("num_cat", "categorical splits")
        }
        if section.contains("is_linear"), try section.int("is_linear") != 0 {
            throw unsupported("is_linear", "linear trees")
        }
        let leaves = try section.doubles("leaf_value", count: leafCount)
        let splits = leafCount == 1 ? [] : try self.splits(count: leafCount - 1)
        do {
            try builder.addTree(splits: splits, leaves: leaves)
        } catch {
            throw section.bad(error.isFeature ? "split_feature" : "left_child", error.text)
        }
    }

    private func splits(count: Int) throws(ModelImportError) -> [TreeEnsembleBuilder.Split] {
        let features = try section.ints("split_feature", count: count)
        let thresholds = try section.doubles("threshold", count: count)
        let decisions = try section.ints("decision_type", count: count)
        let lefts = try section.ints("left_child", count: count)
        let rights = try section.ints("right_child", count: count)
        var splits: [TreeEnsembleBuilder.Split] = []
        splits.reserveCapacity(count)
        for node in 0..<count {
            let decision = decisions[node]
            guard decision & 1 == 0 else { throw unsupported("decision_type", "categorical split at node \(node)") }
            let missing: TreeEnsemble.MissingRule
            switch (decision >> 2) & 3 {
            case 0: missing = .nanAsZero
            case 1: missing = .zeroOrNaNToDefault
            case 2: missing = .nanToDefault
            default: throw section.bad("decision_type", "node \(node): unknown missing type in \(decision)")
            }
            splits.append(.init(feature: features[node], threshold: thresholds[node], left: lefts[node],
                                right: rights[node], defaultLeft: decision & 2 != 0, missing: missing))
        }
        return splits
    }

    private func unsupported(_ key: String, _ reason: String) -> ModelImportError {
        .unsupported(location: "line \(section.line(of: key)) (\(key))", reason: reason)
    }
}
