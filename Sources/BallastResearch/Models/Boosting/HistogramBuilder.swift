/// Builds per-leaf histograms: for each feature, the sum of gradients and hessians of the
/// leaf's rows in each bin. A histogram of all features is one flat run of `totalBins`
/// (gradient, hessian) pairs, feature `f` starting at `offsets[f]`.
struct HistogramBuilder {
    typealias Bin = SIMD2<Double>

    let data: BinnedFeatures
    let offsets: [Int]
    let totalBins: Int

    init(data: BinnedFeatures) {
        self.data = data
        var offsets: [Int] = [], total = 0
        for bins in data.bins {
            offsets.append(total)
            total += bins.binCount
        }
        self.offsets = offsets
        self.totalBins = total
    }

    /// Spare bins `build` needs per concurrent caller: a second copy of four features.
    static let spareBins = 4 * 256

    /// Zeroes and fills `histogram` for `features`, over `rows[0..<count]`, or over every row in
    /// order when `rows` is nil. `spare` holds `spareBins` bins of scratch for this caller.
    func build(_ features: ArraySlice<Int32>, into histogram: UnsafeMutablePointer<Bin>, rows: UnsafePointer<Int32>?,
               count: Int, gradients: UnsafePointer<SIMD2<Float>>, spare: UnsafeMutablePointer<Bin>) {
        for feature in features {
            let f = Int(feature)
            (histogram + offsets[f]).initialize(repeating: .zero, count: data.bins[f].binCount)
        }
        var next = features.startIndex
        while next < features.endIndex {
            let take = features.endIndex - next >= 4 ? 4 : 1
            let f = (Int(features[next]), take == 4 ? Int(features[next + 1]) : 0,
                     take == 4 ? Int(features[next + 2]) : 0, take == 4 ? Int(features[next + 3]) : 0)
            let s = (spare, spare + 256, spare + 512, spare + 768)
            spare.initialize(repeating: .zero, count: 256 * take)
            if take == 4 {
                let c = (UnsafePointer(data.column(f.0)), UnsafePointer(data.column(f.1)),
                         UnsafePointer(data.column(f.2)), UnsafePointer(data.column(f.3)))
                let h = (histogram + offsets[f.0], histogram + offsets[f.1], histogram + offsets[f.2], histogram + offsets[f.3])
                HistogramKernel.four(rows: rows, count: count, gradients: gradients, columns: c, histograms: h, spare: s)
                merge(s.0, into: h.0, bins: data.bins[f.0].binCount)
                merge(s.1, into: h.1, bins: data.bins[f.1].binCount)
                merge(s.2, into: h.2, bins: data.bins[f.2].binCount)
                merge(s.3, into: h.3, bins: data.bins[f.3].binCount)
            } else {
                let h = histogram + offsets[f.0]
                HistogramKernel.one(rows: rows, count: count, gradients: gradients, column: data.column(f.0), histogram: h, spare: s.0)
                merge(s.0, into: h, bins: data.bins[f.0].binCount)
            }
            next += take
        }
    }

    @inline(__always)
    private func merge(_ spare: UnsafePointer<Bin>, into histogram: UnsafeMutablePointer<Bin>, bins: Int) {
        for bin in 0..<bins { histogram[bin] += spare[bin] }
    }

    /// `target = parent - child` for `features` (the larger sibling from the smaller), in place
    /// when `target == parent`.
    func subtract(_ features: ArraySlice<Int32>, parent: UnsafePointer<Bin>, child: UnsafePointer<Bin>,
                  into target: UnsafeMutablePointer<Bin>) {
        for feature in features {
            let start = offsets[Int(feature)], end = start + data.bins[Int(feature)].binCount
            for bin in start..<end { target[bin] = parent[bin] - child[bin] }
        }
    }
}
