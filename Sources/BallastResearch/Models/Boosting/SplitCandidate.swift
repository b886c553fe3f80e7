/// The best split found for a leaf: bins `0...thresholdBin` go left, the NaN bin (if any) goes
/// the default direction. `gain` is the loss reduction beyond the parent's (and beyond
/// `minGainToSplit`); `-infinity` means the leaf cannot be split.
struct SplitCandidate: Sendable, Equatable {
    var gain = -Double.infinity
    var feature: Int32 = -1
    var thresholdBin: Int32 = 0
    var defaultLeft = false
    var leftGradient = 0.0
    var leftHessian = 0.0
    var rightGradient = 0.0
    var rightHessian = 0.0

    static let none = SplitCandidate()

    var isValid: Bool { feature >= 0 && gain > 0 }

    /// Whether `self` beats `other`: higher gain, or equal gain on a lower feature index
    /// (LightGBM's tie rule, so the choice does not depend on search order).
    func isBetter(than other: SplitCandidate) -> Bool {
        if gain != other.gain { return gain > other.gain }
        return feature >= 0 && (other.feature < 0 || feature < other.feature)
    }
}

/// A leaf's totals, which every feature's histogram sums to.
struct LeafTotals: Sendable, Equatable {
    var gradient: Double
    var hessian: Double
    var count: Int
}
