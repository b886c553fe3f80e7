extension TreeGrower {
    /// Contiguous runs of the used-feature list, one per thread.
    func featureSlices(_ count: Int) -> [Range<Int>] {
        let pieces = max(1, min(loop.threads, count))
        return (0..<pieces).map { ($0 * count / pieces)..<(($0 + 1) * count / pieces) }
    }

    /// The root's totals: the sums over the first used feature's bins (any feature's sum to
    /// the same, and summing bins is independent of the thread count).
    func rootTotals(_ histogram: UnsafeMutablePointer<Bin>, features: [Int32], count: Int) -> LeafTotals {
        guard let first = features.first else { return LeafTotals(gradient: 0, hessian: 0, count: count) }
        let start = histogram + builder.offsets[Int(first)]
        var sum = Bin.zero
        for bin in 0..<data.bins[Int(first)].binCount { sum += start[bin] }
        return LeafTotals(gradient: sum.x, hessian: sum.y, count: count)
    }

    /// Searches `first` (and `second`) over all features, in parallel by feature slice.
    func searchBoth(first: Int, second: Int?, features: [Int32], slices: [Range<Int>]) {
        loop.forEach(slices.count) { piece in
            searchSlice(features[slices[piece]], leaves: (first, second ?? -1))
        }
        reduce(first, into: 0, features: features)
        if let second { reduce(second, into: 1, features: features) }
    }

    /// The best split per feature in `features` for each leaf of `leaves` that is not -1.
    func searchSlice(_ features: ArraySlice<Int32>, leaves: (Int, Int)) {
        let width = data.featureCount
        for (side, leaf) in [leaves.0, leaves.1].enumerated() where leaf >= 0 {
            let base = histogram(leaf), total = totals[leaf]
            for feature in features {
                let f = Int(feature)
                let bins = data.bins[f]
                found[side * width + f] = search.best(feature: feature, bins: base + builder.offsets[f], binCount: bins.binCount,
                                                      hasNaNBin: bins.hasNaNBin, totals: total)
            }
        }
    }

    /// Keeps the best of the per-feature results of `side` as `leaf`'s split.
    func reduce(_ leaf: Int?, into side: Int, features: [Int32]) {
        guard let leaf else { return }
        var winner = SplitCandidate.none
        for feature in features {
            let candidate = found[side * data.featureCount + Int(feature)]
            if candidate.isBetter(than: winner) { winner = candidate }
        }
        best[leaf] = winner
    }
}
