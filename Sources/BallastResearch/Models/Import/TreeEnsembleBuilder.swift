/// Collects imported trees, each described with tree-local indices, into the flat global arrays of a
/// `TreeEnsemble`, checking every tree's shape first so that a malformed file is an error rather than
/// a trap (or an endless walk) inside `TreeEnsemble`.
struct TreeEnsembleBuilder {
    /// One internal node with tree-local children: `c >= 0` is internal node `c`, `c < 0` is leaf `~c`.
    struct Split {
        var feature: Int
        var threshold: Double
        var left: Int
        var right: Int
        var defaultLeft: Bool
        var missing: TreeEnsemble.MissingRule
    }

    let featureCount: Int
    private var roots: [Int32] = []
    private var feature: [Int32] = []
    private var threshold: [Double] = []
    private var left: [Int32] = []
    private var right: [Int32] = []
    private var defaultLeft: [Bool] = []
    private var missing: [TreeEnsemble.MissingRule] = []
    private var leafValue: [Double] = []

    init(featureCount: Int) { self.featureCount = featureCount }

    /// Appends one tree whose root is split 0 (or, without splits, its single leaf); throws a reason
    /// when a feature or child is out of range, or a node is reachable twice (a cycle or a DAG).
    mutating func addTree(splits: [Split], leaves: [Double]) throws(TreeShapeError) {
        try Self.checkShape(splits: splits, leafCount: leaves.count, featureCount: featureCount)
        let nodeBase = feature.count, leafBase = leafValue.count
        guard nodeBase + splits.count < Int(Int32.max), leafBase + leaves.count < Int(Int32.max) else {
            throw TreeShapeError(node: nil, reason: "too many nodes")
        }
        func global(_ child: Int) -> Int32 { child >= 0 ? Int32(nodeBase + child) : ~Int32(leafBase + ~child) }
        roots.append(splits.isEmpty ? ~Int32(leafBase) : Int32(nodeBase))
        for split in splits {
            feature.append(Int32(split.feature))
            threshold.append(split.threshold)
            left.append(global(split.left))
            right.append(global(split.right))
            defaultLeft.append(split.defaultLeft)
            missing.append(split.missing)
        }
        leafValue += leaves
    }

    func ensemble(splitRule: TreeEnsemble.SplitRule, link: TreeEnsemble.Link, baseScore: Double,
                  arithmetic: TreeEnsemble.Arithmetic) -> TreeEnsemble {
        TreeEnsemble(featureCount: featureCount, splitRule: splitRule, link: link, baseScore: baseScore,
                     roots: roots, feature: feature, threshold: threshold, left: left, right: right,
                     defaultLeft: defaultLeft, missing: missing, leafValue: leafValue, arithmetic: arithmetic)
    }

    private static func checkShape(splits: [Split], leafCount: Int, featureCount: Int) throws(TreeShapeError) {
        guard leafCount >= 1 else { throw TreeShapeError(node: nil, reason: "a tree needs at least one leaf") }
        // Root never a child and every internal node a child at most once: walks from the root end.
        var isChild = [Bool](repeating: false, count: splits.count)
        for (index, split) in splits.enumerated() {
            guard (0..<featureCount).contains(split.feature) else {
                throw TreeShapeError(node: index, isFeature: true, reason: "feature \(split.feature) is not in 0..<\(featureCount)")
            }
            for child in [split.left, split.right] {
                if child < 0 {
                    guard ~child < leafCount else {
                        throw TreeShapeError(node: index, reason: "leaf \(~child) is not in 0..<\(leafCount)")
                    }
                    continue
                }
                guard child > 0, child < splits.count, !isChild[child] else {
                    throw TreeShapeError(node: index, reason: "child \(child) is the root, out of range or shared")
                }
                isChild[child] = true
            }
        }
    }
}

/// A tree whose node arrays do not describe a tree; `node` is the tree-local internal node at fault.
struct TreeShapeError: Error {
    let node: Int?
    /// Whether the fault is a feature index (rather than a child index or the leaf count).
    var isFeature = false
    let reason: String

    var text: String { node.map { "node \($0): \(reason)" } ?? reason }
}
