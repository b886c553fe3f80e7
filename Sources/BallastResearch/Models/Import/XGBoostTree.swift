/// One tree of an XGBoost JSON model, renumbered into `TreeEnsembleBuilder` splits and leaves.
///
/// XGBoost numbers leaves and internal nodes together (node 0 is the root); Ballast keeps them in
/// separate arrays, so each node index maps to an internal index or to `~leaf`.
struct XGBoostTree {
    let tree: XGBoostModelFile.Tree
    /// The key path of this tree, for errors.
    let path: String

    init(_ tree: XGBoostModelFile.Tree, path: String) {
        self.tree = tree
        self.path = path
    }

    func add(to builder: inout TreeEnsembleBuilder) throws(ModelImportError) {
        let count = tree.left_children.count
        guard count >= 1 else { throw .malformedKey(path: "\(path).left_children", reason: "empty tree") }
        let lengths = [("split_indices", tree.split_indices.count), ("split_conditions", tree.split_conditions.count),
                       ("right_children", tree.right_children.count), ("default_left", tree.default_left.count)]
        for (key, length) in lengths where length != count {
            throw .malformedKey(path: "\(path).\(key)", reason: "\(length) entries, left_children has \(count)")
        }
        if let types = tree.split_type, let node = types.firstIndex(where: { $0 != 0 }), tree.left_children[node] != -1 {
            throw .unsupported(location: "\(path).split_type[\(node)]", reason: "categorical split")
        }
        // Renumber: internal nodes and leaves each in node order, the root first.
        var local = [Int](repeating: 0, count: count)
        var internalCount = 0, leaves: [Double] = []
        for node in 0..<count {
            if tree.left_children[node] == -1 {
                local[node] = ~leaves.count
                leaves.append(Double(tree.split_conditions[node]))
            } else {
                local[node] = internalCount
                internalCount += 1
            }
        }
        let splits = try self.splits(local: local)
        do { try builder.addTree(splits: splits, leaves: leaves) } catch {
            throw .malformedKey(path: "\(path).\(error.isFeature ? "split_indices" : "left_children")", reason: error.text)
        }
    }

    private func splits(local: [Int]) throws(ModelImportError) -> [TreeEnsembleBuilder.Split] {
        var splits: [TreeEnsembleBuilder.Split] = []
        for node in local.indices where tree.left_children[node] != -1 {
            let left = tree.left_children[node], right = tree.right_children[node]
            for (key, child) in [("left_children", left), ("right_children", right)] where !(1..<local.count).contains(child) {
                throw .malformedKey(path: "\(path).\(key)[\(node)]", reason: "child \(child) is not in 1..<\(local.count)")
            }
            splits.append(.init(feature: tree.split_indices[node], threshold: Double(tree.split_conditions[node]),
                                left: local[left], right: local[right], defaultLeft: tree.default_left[node].value,
                                missing: .nanToDefault))
        }
        return splits
    }
}
