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

    /// Zeroes and fills `histogram` for `features`, over `rows[0..<count]`, or over every row in
    /// order when `rows` is nil.
    func build(_ features: ArraySlice<Int32>, into histogram: UnsafeMutablePointer<Bin>, rows: UnsafePointer<Int32>?,
               count: Int, gradients: UnsafePointer<SIMD2<Float>>) {
        for feature in features {
            let f = Int(feature)
            (histogram + offsets[f]).initialize(repeating: .zero, count: data.bins[f].binCount)
        }
        var next = features.startIndex
        while next < features.endIndex {
            let take = features.endIndex - next >= 4 ? 4 : 1
            let f = (Int(features[next]), take == 4 ? Int(features[next + 1]) : 0,
                     take == 4 ? Int(features[next + 2]) : 0, take == 4 ? Int(features[next + 3]) : 0)
            if take == 4 {
                let c = (UnsafePointer(data.column(f.0)), UnsafePointer(data.column(f.1)),
                         UnsafePointer(data.column(f.2)), UnsafePointer(data.column(f.3)))
                let h = (histogram + offsets[f.0], histogram + offsets[f.1], histogram + offsets[f.2], histogram + offsets[f.3])
                if let rows {
                    HistogramKernel.indexed4(rows: rows, count: count, gradients: gradients, columns: c, histograms: h)
                } else {
                    HistogramKernel.dense4(count: count, gradients: gradients, columns: c, histograms: h)
                }
            } else if let rows {
                HistogramKernel.indexed1(rows: rows, count: count, gradients: gradients, column: data.column(f.0),
                                         histogram: histogram + offsets[f.0])
            } else {
                HistogramKernel.dense1(count: count, gradients: gradients, column: data.column(f.0),
                                       histogram: histogram + offsets[f.0])
            }
            next += take
        }
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
