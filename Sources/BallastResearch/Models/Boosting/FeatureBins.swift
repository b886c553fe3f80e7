/// How one feature's values map to bin codes: `upperBounds[b]` is the largest value in bin `b`
/// (the last bound is +infinity), and values are binned by the first bound they do not exceed.
/// When training rows held NaN, NaN gets its own bin after the others; otherwise NaN is binned
/// as 0 (LightGBM's `missing_type=None`), which `TreeEnsemble.MissingRule.nanAsZero` mirrors.
struct FeatureBins: Sendable, Equatable {
    /// Ascending bin bounds; `x <= upperBounds[b]` for every value in bin `b`.
    let upperBounds: [Double]
    let hasNaNBin: Bool

    /// Bins including the NaN bin.
    var binCount: Int { upperBounds.count + (hasNaNBin ? 1 : 0) }
    /// The NaN bin, or -1 when NaN is binned as zero.
    var nanBin: Int { hasNaNBin ? upperBounds.count : -1 }

    /// The bin of `value` (a branch-free binary search over `bounds`, the `count` upper bounds).
    @inline(__always)
    func bin(of value: Float, bounds: UnsafePointer<Double>, count: Int) -> Int {
        if value.isNaN && hasNaNBin { return count }
        let x = value.isNaN ? 0 : Double(value)
        var base = 0, length = count
        while length > 1 {
            let half = length / 2
            base = bounds[base + half - 1] < x ? base + half : base
            length -= half
        }
        return base
    }

    /// The threshold of a split that sends bins `0...bin` left.
    func threshold(ofBin bin: Int) -> Double { upperBounds[bin] }
}
