/// One tree as the grower builds it, in bin terms: internal nodes in creation order, children
/// `>= 0` are nodes and `< 0` are leaves `~c` (the `TreeEnsemble` convention). Leaf `0` is the
/// root until the first split; splitting leaf `l` keeps `l` for the left child and numbers the
/// right child next (LightGBM's numbering).
struct GrownTree: Sendable, Equatable {
    var feature: [Int32] = []
    var thresholdBin: [Int32] = []
    var defaultLeft: [Bool] = []
    var left: [Int32] = []
    var right: [Int32] = []
    var gain: [Double] = []
    /// Leaf outputs before shrinkage.
    var leafValue: [Double] = [0]
    var leafDepth: [Int] = [0]
    /// The node whose child each leaf is, and on which side; -1 for the root leaf.
    var leafParent: [Int32] = [-1]
    var leafIsLeft: [Bool] = [true]

    var leafCount: Int { leafValue.count }
    var root: Int32 { feature.isEmpty ? ~0 : 0 }

    /// Splits `leaf` by `split`; returns the new (right) leaf.
    mutating func split(leaf: Int, by split: SplitCandidate, leftValue: Double, rightValue: Double) -> Int {
        let node = Int32(feature.count), newLeaf = leafValue.count
        feature.append(split.feature)
        thresholdBin.append(split.thresholdBin)
        defaultLeft.append(split.defaultLeft)
        left.append(~Int32(leaf))
        right.append(~Int32(newLeaf))
        gain.append(split.gain)
        let parent = leafParent[leaf]
        if parent >= 0 {
            if leafIsLeft[leaf] { left[Int(parent)] = node } else { right[Int(parent)] = node }
        }
        let depth = leafDepth[leaf] + 1
        leafValue[leaf] = leftValue
        leafDepth[leaf] = depth
        leafParent[leaf] = node
        leafIsLeft[leaf] = true
        leafValue.append(rightValue)
        leafDepth.append(depth)
        leafParent.append(node)
        leafIsLeft.append(false)
        return newLeaf
    }

    /// The leaf that row `row` of `data` falls in.
    func leaf(ofRow row: Int, in data: BinnedFeatures) -> Int {
        var node = root
        while node >= 0 {
            let index = Int(node), f = Int(feature[index])
            let code = Int(data.column(f)[row])
            let goesLeft = code == data.nanBins[f] ? defaultLeft[index] : code <= Int(thresholdBin[index])
            node = goesLeft ? left[index] : right[index]
        }
        return Int(~node)
    }
}
