import Foundation

extension FeatureBins {
    /// LightGBM's `kZeroThreshold`: values within it of zero share zero's bin.
    static let zeroThreshold = 1e-35

    /// Bins from a sample of one feature's values (LightGBM's `BinMapper::FindBin` for numerical
    /// features: distinct values with counts, zero kept as its own bin, greedy equal-count bins on
    /// each side of zero). `sample` may hold NaN; it is sorted in place.
    init(sample: inout [Double], maxBin: Int, minDataInBin: Int) {
        let nanCount = sample.count - sample.count { !$0.isNaN }
        sample.removeAll { $0.isNaN }
        sample.sort()
        let total = sample.count
        var distinct: [Double] = [], counts: [Int] = []
        for value in sample {
            if let last = distinct.last, value <= last.nextUp {
                distinct[distinct.count - 1] = value
                counts[counts.count - 1] += 1
            } else {
                distinct.append(value)
                counts.append(1)
            }
        }
        let hasNaN = nanCount > 0
        var bounds = Self.zeroAsOneBin(distinct: distinct, counts: counts, maxBin: hasNaN ? maxBin - 1 : maxBin,
                                       total: total, minDataInBin: minDataInBin)
        if bounds.isEmpty { bounds = [.infinity] }
        self.init(upperBounds: bounds, hasNaNBin: hasNaN)
    }

    /// LightGBM's `FindBinWithZeroAsOneBin`: negatives get bins in proportion to their share,
    /// `(-1e-35, 1e-35]` is one bin, positives take the rest.
    static func zeroAsOneBin(distinct: [Double], counts: [Int], maxBin: Int, total: Int, minDataInBin: Int) -> [Double] {
        var leftData = 0, zeroData = 0, rightData = 0
        for (value, count) in zip(distinct, counts) {
            if value <= -zeroThreshold { leftData += count } else if value > zeroThreshold { rightData += count } else { zeroData += count }
        }
        let leftCount = distinct.firstIndex { $0 > -zeroThreshold } ?? distinct.count
        var bounds: [Double] = []
        if leftCount > 0, maxBin > 1 {
            let share = Double(leftData) / Double(max(total - zeroData, 1)) * Double(maxBin - 1)
            bounds = greedy(distinct[0..<leftCount], counts[0..<leftCount], maxBin: max(1, Int(share)),
                            total: leftData, minDataInBin: minDataInBin)
            if !bounds.isEmpty { bounds[bounds.count - 1] = -zeroThreshold }
        }
        let rightStart = distinct[leftCount...].firstIndex { $0 > zeroThreshold }
        let rightMaxBin = maxBin - 1 - bounds.count
        if let rightStart, rightMaxBin > 0 {
            bounds.append(zeroThreshold)
            bounds += greedy(distinct[rightStart...], counts[rightStart...], maxBin: rightMaxBin,
                             total: rightData, minDataInBin: minDataInBin)
        } else {
            bounds.append(.infinity)
        }
        return bounds
    }

    /// LightGBM's `GreedyFindBin`: every distinct value its own bin when they fit, else bins of
    /// about equal count where values with a bin's worth of rows on their own stay alone.
    static func greedy(_ values: ArraySlice<Double>, _ counts: ArraySlice<Int>, maxBin: Int, total: Int, minDataInBin: Int) -> [Double] {
        let values = Array(values), counts = Array(counts)
        if values.count <= maxBin { return distinctBounds(values, counts, minDataInBin: minDataInBin) }
        let maxBin = max(1, min(maxBin, total / minDataInBin))
        var meanSize = Double(total) / Double(maxBin)
        var restBins = maxBin, restSamples = total
        let big = counts.map { Double($0) >= meanSize }
        for i in values.indices where big[i] { restBins -= 1; restSamples -= counts[i] }
        meanSize = Double(restSamples) / Double(restBins)
        var upper = [Double](repeating: .infinity, count: maxBin), lower = upper
        var binCount = 0, inBin = 0
        lower[0] = values[0]
        for i in 0..<(values.count - 1) {
            if !big[i] { restSamples -= counts[i] }
            inBin += counts[i]
            if big[i] || Double(inBin) >= meanSize || (big[i + 1] && Double(inBin) >= max(1.0, meanSize * 0.5)) {
                upper[binCount] = values[i]
                binCount += 1
                lower[binCount] = values[i + 1]
                if binCount >= maxBin - 1 { break }
                inBin = 0
                if !big[i] {
                    restBins -= 1
                    meanSize = Double(restSamples) / Double(restBins)
                }
            }
        }
        var bounds: [Double] = []
        for i in 0..<binCount { push((upper[i] + lower[i + 1]) / 2, to: &bounds) }
        bounds.append(.infinity)
        return bounds
    }

    /// Bounds between distinct values once a bin holds `minDataInBin` rows.
    private static func distinctBounds(_ values: [Double], _ counts: [Int], minDataInBin: Int) -> [Double] {
        var bounds: [Double] = [], inBin = 0
        for i in 0..<max(values.count - 1, 0) {
            inBin += counts[i]
            if inBin >= minDataInBin, push((values[i] + values[i + 1]) / 2, to: &bounds) { inBin = 0 }
        }
        bounds.append(.infinity)
        return bounds
    }

    /// Appends the double just above `value` unless it equals the last bound (LightGBM's
    /// `GetDoubleUpperBound` and `CheckDoubleEqualOrdered`); returns whether it did.
    @discardableResult
    private static func push(_ value: Double, to bounds: inout [Double]) -> Bool {
        let bound = value.nextUp
        guard bounds.last.map({ bound > $0.nextUp }) ?? true else { return false }
        bounds.append(bound)
        return true
    }
}
