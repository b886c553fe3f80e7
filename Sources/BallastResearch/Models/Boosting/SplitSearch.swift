/// Scans one feature's histogram for the best threshold, as LightGBM does for numerical
/// features: right to left with NaN going left, then (when there is a NaN bin) left to right
/// with NaN going right; gain is `GL²/(HL+λ) + GR²/(HR+λ) - G²/(H+λ)`. Row counts per bin are
/// estimated from the hessians (`count / sumHessian` rows per unit of hessian, exact for L2),
/// as LightGBM's histograms carry no counts.
struct SplitSearch: Sendable {
    let minDataInLeaf: Int
    let minSumHessian: Double
    let lambdaL2: Double
    let minGainToSplit: Double

    init(parameters: BoostingParameters) {
        minDataInLeaf = parameters.minDataInLeaf
        minSumHessian = parameters.minSumHessianInLeaf
        lambdaL2 = parameters.lambdaL2
        minGainToSplit = parameters.minGainToSplit
    }

    @inline(__always)
    func leafGain(_ gradient: Double, _ hessian: Double) -> Double { gradient * gradient / (hessian + lambdaL2) }

    /// The leaf's output before shrinkage: `-G / (H + λ)`.
    func leafOutput(_ gradient: Double, _ hessian: Double) -> Double { -gradient / (hessian + lambdaL2) }

    /// The best split of `feature` for a leaf with `totals`, given its histogram `bins`
    /// (`binCount` pairs; the last is the NaN bin when `hasNaNBin`).
    func best(feature: Int32, bins: UnsafePointer<SIMD2<Double>>, binCount: Int, hasNaNBin: Bool,
              totals: LeafTotals) -> SplitCandidate {
        var best = SplitCandidate.none
        guard binCount > 1 else { return best }
        let shift = leafGain(totals.gradient, totals.hessian) + minGainToSplit
        let countPerHessian = Double(totals.count) / totals.hessian
        let minData = Double(minDataInLeaf)
        // Right to left: the right side grows bin by bin; NaN (if binned) stays left.
        var rightG = 0.0, rightH = 0.0, rightCount = 0.0
        var bin = binCount - 1 - (hasNaNBin ? 1 : 0)
        while bin >= 1 {
            let pair = bins[bin]
            rightG += pair.x
            rightH += pair.y
            rightCount += (pair.y * countPerHessian).rounded()
            bin -= 1
            if rightCount < minData || rightH < minSumHessian { continue }
            let leftH = totals.hessian - rightH
            if Double(totals.count) - rightCount < minData || leftH < minSumHessian { break }
            let leftG = totals.gradient - rightG
            let gain = leafGain(leftG, leftH) + leafGain(rightG, rightH)
            if gain > shift, gain - shift > best.gain {
                best = SplitCandidate(gain: gain - shift, feature: feature, thresholdBin: Int32(bin), defaultLeft: true,
                                      leftGradient: leftG, leftHessian: leftH, rightGradient: rightG, rightHessian: rightH)
            }
        }
        guard hasNaNBin else { best.defaultLeft = false; return best }
        // Left to right: NaN goes right.
        var leftG = 0.0, leftH = 0.0, leftCount = 0.0
        for bin in 0..<(binCount - 1) {
            let pair = bins[bin]
            leftG += pair.x
            leftH += pair.y
            leftCount += (pair.y * countPerHessian).rounded()
            if leftCount < minData || leftH < minSumHessian { continue }
            let rightH = totals.hessian - leftH
            if Double(totals.count) - leftCount < minData || rightH < minSumHessian { break }
            let rightG = totals.gradient - leftG
            let gain = leafGain(leftG, leftH) + leafGain(rightG, rightH)
            if gain > shift, gain - shift > best.gain {
                best = SplitCandidate(gain: gain - shift, feature: feature, thresholdBin: Int32(bin), defaultLeft: false,
                                      leftGradient: leftG, leftHessian: leftH, rightGradient: rightG, rightHessian: rightH)
            }
        }
        return best
    }
}
