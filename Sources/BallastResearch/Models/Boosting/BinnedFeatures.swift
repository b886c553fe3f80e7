import BallastCore

/// A feature matrix as bin codes: one `UInt8` per value, stored column by column
/// (`codes[feature * rowCount + row]`), so a histogram pass reads one feature's codes
/// contiguously.
final class BinnedFeatures: @unchecked Sendable {
    let rowCount: Int
    let bins: [FeatureBins]
    /// `bins[f].nanBin` per feature, for tree walks.
    let nanBins: [Int]
    let codes: UnsafeMutablePointer<UInt8>

    var featureCount: Int { bins.count }

    /// Bins `matrix` with `bins` (one per column), `threads` row blocks at a time.
    init(_ matrix: FeatureMatrix, bins: [FeatureBins], threads: Int) {
        precondition(bins.count == matrix.columnCount, "BinnedFeatures: one FeatureBins per column")
        rowCount = matrix.rowCount
        self.bins = bins
        nanBins = bins.map(\.nanBin)
        codes = .allocate(capacity: max(1, rowCount * bins.count))
        let rows = rowCount, width = bins.count, out = codes
        let bounds = bins.map(\.upperBounds)
        matrix.values.withUnsafeBufferPointer { values in
            ParallelLoop(threads: threads).forEachRange(rows) { range in
                // Blocks of rows keep the row-major input in cache while every column is binned.
                for blockStart in stride(from: range.lowerBound, to: range.upperBound, by: 2048) {
                    let blockEnd = min(range.upperBound, blockStart + 2048)
                    for feature in 0..<width {
                        let column = out + feature * rows
                        let mapper = bins[feature]
                        bounds[feature].withUnsafeBufferPointer { bound in
                            let base = bound.baseAddress!, count = bound.count
                            for row in blockStart..<blockEnd {
                                column[row] = UInt8(truncatingIfNeeded: mapper.bin(of: values[row * width + feature], bounds: base, count: count))
                            }
                        }
                    }
                }
            }
        }
    }

    deinit { codes.deallocate() }

    /// The codes of one feature.
    @inline(__always)
    func column(_ feature: Int) -> UnsafeMutablePointer<UInt8> { codes + feature * rowCount }

    /// Bin bounds for every column of `matrix` from a seeded sample of at most `sampleCount` rows.
    static func bins(for matrix: FeatureMatrix, parameters: BoostingParameters) -> [FeatureBins] {
        let sample = sampleRows(count: matrix.rowCount, take: parameters.binSampleCount, seed: parameters.seed)
        let width = matrix.columnCount
        var result = [FeatureBins](repeating: FeatureBins(upperBounds: [.infinity], hasNaNBin: false), count: width)
        result.withUnsafeMutableBufferPointer { out in
            let target = UncheckedBox(out)
            matrix.values.withUnsafeBufferPointer { values in
                ParallelLoop(threads: parameters.threads).forEach(width) { feature in
                    var column = sample.map { Double(values[$0 * width + feature]) }
                    target.value[feature] = FeatureBins(sample: &column, maxBin: parameters.maxBin,
                                                        minDataInBin: parameters.minDataInBin)
                }
            }
        }
        return result
    }

    /// `take` distinct row indices out of `count`, ascending (selection sampling), or all rows.
    static func sampleRows(count: Int, take: Int, seed: UInt64) -> [Int] {
        guard take < count else { return Array(0..<count) }
        var random = SplitMix64(seed: seed ^ 0x5EED_B175)
        var chosen: [Int] = []
        chosen.reserveCapacity(take)
        for row in 0..<count where chosen.count < take {
            if random.nextUnit() * Double(count - row) < Double(take - chosen.count) { chosen.append(row) }
        }
        return chosen
    }
}
