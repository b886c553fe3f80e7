/// Grows one tree leaf-wise (the leaf with the best split gain first) on histograms: the
/// smaller child of each split is summed from its rows, the larger is its parent minus the
/// smaller. All buffers are allocated once per training run and reused for every tree.
final class TreeGrower: @unchecked Sendable {
    typealias Bin = SIMD2<Double>

    let data: BinnedFeatures
    let builder: HistogramBuilder
    let search: SplitSearch
    let parameters: BoostingParameters
    let partition: RowPartition
    let loop: ParallelLoop
    /// One histogram per leaf slot.
    private let pool: UnsafeMutablePointer<Bin>
    /// Scratch bins for each feature slice's `HistogramBuilder.build`.
    private let spare: UnsafeMutablePointer<Bin>
    private var slot: [Int]
    var best: [SplitCandidate]
    var totals: [LeafTotals]
    /// Per-feature results of the current parallel search: `[0, F)` for the first leaf,
    /// `[F, 2F)` for the second. Threads write disjoint features.
    let found: UnsafeMutablePointer<SplitCandidate>

    init(data: BinnedFeatures, parameters: BoostingParameters) {
        self.data = data
        self.parameters = parameters
        builder = HistogramBuilder(data: data)
        search = SplitSearch(parameters: parameters)
        partition = RowPartition(rowCapacity: data.rowCount, leafCapacity: parameters.numLeaves)
        loop = ParallelLoop(threads: parameters.threads)
        pool = .allocate(capacity: max(1, builder.totalBins * parameters.numLeaves))
        pool.initialize(repeating: .zero, count: max(1, builder.totalBins * parameters.numLeaves))
        slot = Array(repeating: 0, count: parameters.numLeaves)
        best = Array(repeating: .none, count: parameters.numLeaves)
        totals = Array(repeating: LeafTotals(gradient: 0, hessian: 0, count: 0), count: parameters.numLeaves)
        spare = .allocate(capacity: HistogramBuilder.spareBins * parameters.threads)
        spare.initialize(repeating: .zero, count: HistogramBuilder.spareBins * parameters.threads)
        found = .allocate(capacity: max(1, 2 * data.featureCount))
        found.initialize(repeating: .none, count: max(1, 2 * data.featureCount))
    }

    deinit {
        pool.deallocate()
        spare.deallocate()
        found.deallocate()
    }

    func histogram(_ leaf: Int) -> UnsafeMutablePointer<Bin> { pool + slot[leaf] * builder.totalBins }

    /// Grows a tree on `rows[0..<rowCount]` (nil: every row) using `features` (ascending).
    func grow(gradients: UnsafePointer<SIMD2<Float>>, rows: UnsafePointer<Int32>?, rowCount: Int, features: [Int32]) -> GrownTree {
        var tree = GrownTree()
        partition.reset(rowCount: rowCount, rows: rows)
        slot[0] = 0
        let root = histogram(0)
        let slices = featureSlices(features.count)
        loop.forEach(slices.count) { piece in
            builder.build(features[slices[piece]], into: root, rows: rows, count: rowCount, gradients: gradients,
                          spare: spare + piece * HistogramBuilder.spareBins)
        }
        totals[0] = rootTotals(root, features: features, count: rowCount)
        tree.leafValue[0] = search.leafOutput(totals[0].gradient, totals[0].hessian)
        best[0] = .none
        if splittable(0, tree) {
            searchBoth(first: 0, second: nil, features: features, slices: slices)
        }
        while tree.leafCount < parameters.numLeaves {
            var chosen = 0
            for leaf in 1..<tree.leafCount where best[leaf].isBetter(than: best[chosen]) { chosen = leaf }
            guard best[chosen].isValid else { break }
            splitLeaf(chosen, in: &tree, features: features, slices: slices, gradients: gradients)
        }
        return tree
    }

    private func splitLeaf(_ leaf: Int, in tree: inout GrownTree, features: [Int32], slices: [Range<Int>],
                           gradients: UnsafePointer<SIMD2<Float>>) {
        let split = best[leaf]
        let f = Int(split.feature)
        let newLeaf = tree.split(leaf: leaf, by: split, leftValue: search.leafOutput(split.leftGradient, split.leftHessian),
                                 rightValue: search.leafOutput(split.rightGradient, split.rightHessian))
        let leftCount = partition.split(leaf: leaf, newLeaf: newLeaf, column: data.column(f), threshold: Int(split.thresholdBin),
                                        nanBin: data.bins[f].nanBin, defaultLeft: split.defaultLeft, loop: loop)
        totals[leaf] = LeafTotals(gradient: split.leftGradient, hessian: split.leftHessian, count: leftCount)
        totals[newLeaf] = LeafTotals(gradient: split.rightGradient, hessian: split.rightHessian,
                                     count: partition.count[newLeaf])
        best[leaf] = .none
        best[newLeaf] = .none
        guard tree.leafCount < parameters.numLeaves else { return }
        let leftSplittable = splittable(leaf, tree), rightSplittable = splittable(newLeaf, tree)
        guard leftSplittable || rightSplittable else { return }
        let leftSmaller = leftCount < partition.count[newLeaf]
        let (small, large) = leftSmaller ? (leaf, newLeaf) : (newLeaf, leaf)
        // The larger child takes over its parent's histogram; the smaller gets a fresh slot.
        let parentSlot = slot[leaf]
        slot[large] = parentSlot
        // Leaves 0..<newLeaf hold slots 0..<newLeaf between them, so slot `newLeaf` is free.
        slot[small] = newLeaf
        let smallHistogram = histogram(small), largeHistogram = histogram(large)
        let rowsOfSmall = UnsafePointer(partition.indices + partition.begin[small])
        let smallCount = partition.count[small]
        loop.forEach(slices.count) { piece in
            let mine = features[slices[piece]]
            builder.build(mine, into: smallHistogram, rows: rowsOfSmall, count: smallCount, gradients: gradients,
                          spare: spare + piece * HistogramBuilder.spareBins)
            builder.subtract(mine, parent: largeHistogram, child: smallHistogram, into: largeHistogram)
            searchSlice(mine, leaves: (leftSplittable ? leaf : -1, rightSplittable ? newLeaf : -1))
        }
        reduce(leftSplittable ? leaf : nil, into: 0, features: features)
        reduce(rightSplittable ? newLeaf : nil, into: 1, features: features)
    }

    private func splittable(_ leaf: Int, _ tree: GrownTree) -> Bool {
        let total = totals[leaf]
        if total.count < 2 * parameters.minDataInLeaf || total.hessian < 2 * parameters.minSumHessianInLeaf { return false }
        if let depth = parameters.maxDepth, tree.leafDepth[leaf] >= depth { return false }
        return true
    }
}
