import BallastCore

/// Robust z-scores of a series' returns, block by block, keeping only the extreme ones.
///
/// Return `k` goes from point `k` to point `k + 1`. Returns are cut into blocks of `window`
/// (the last block takes a remainder shorter than half a window); each return is scored against
/// its block's median and MAD: `z = (r − median) / max(1.4826 · MAD, floor)`, where the floor is
/// one price tick (relative) so that a flat block cannot make z infinite. When the MAD is zero
/// the scale is 1.2533 times the mean absolute deviation.
///
/// The definition is that of sorting each block; the work is not (see `ReturnBlock` and
/// `RankSelection`): a block costs a few passes over a thousand numbers in the cache.
struct SpikeScorer {
    /// A return whose robust z-score exceeds the threshold in magnitude.
    struct Extreme: Equatable {
        /// Which return of the series.
        var index: Int
        var value: Double
        var z: Double
    }

    let window: Int
    let threshold: Double
    let tick: Double

    init(window: Int, threshold: Double, digits: Int) {
        self.window = window
        self.threshold = threshold
        tick = Double(FixedDecimal.power10[Price.decimals - digits])
    }

    /// Buffers reused by every block.
    private struct Scratch {
        var block: ReturnBlock
        var selection: RankSelection
        var deviations: [Double]
        var histogram = MagnitudeHistogram()

        init(capacity: Int) {
            block = ReturnBlock(capacity: capacity)
            selection = RankSelection(capacity: capacity)
            deviations = [Double](repeating: 0, count: capacity)
        }
    }

    /// The extreme returns of `series`, in series order.
    func extremes(of series: SpikeSeries) -> [Extreme] {
        let returns = series.count - 1
        guard returns > 0 else { return [] }
        var scratch = Scratch(capacity: min(returns, 2 * window))
        var previousCenter: ClosedRange<Double>?
        var extremes: [Extreme] = []
        var start = 0
        while start < returns {
            var end = min(start + window, returns)
            if returns - end < window / 2 { end = returns }
            scratch.block.load(series, returns: start..<end)
            if scratch.block.isFinite {
                let (center, mad, scale) = robustScale(&scratch, centerGuess: previousCenter)
                appendExtremes(scratch.block, center: center, scale: scale, to: &extremes)
                // The median moves little from block to block (unlike the MAD).
                previousCenter = mad > 0 ? (center - 0.3 * mad)...(center + 0.3 * mad) : nil
            } else {
                appendExtremesBySorting(scratch.block, to: &extremes)
            }
            start = end
        }
        return extremes
    }

    /// The block's median, MAD and scale.
    private func robustScale(_ scratch: inout Scratch, centerGuess: ClosedRange<Double>?) -> (center: Double, mad: Double, scale: Double) {
        let block = scratch.block
        let n = block.count
        let (lower, upper) = (n % 2 == 1 ? n / 2 : n / 2 - 1, n / 2)
        let center = block.ranksAreZero(lower, upper) ? 0 : block.approximations.withUnsafeBufferPointer { a in
            let (low, high) = scratch.selection.values(ranks: lower, upper, of: UnsafeBufferPointer(rebasing: a[..<n]),
                                                       error: block.error, guess: centerGuess, exact: block.exactReturn)
            return Self.median(low, high, odd: n % 2 == 1)
        }
        let error = Self.deviationError(block, center: center)
        let mad = scratch.deviations.withUnsafeMutableBufferPointer { buffer in
            let d = UnsafeMutableBufferPointer(rebasing: buffer[..<n])
            var largestBits: UInt64 = 0
            block.approximations.withUnsafeBufferPointer { a in
                for j in 0..<n {
                    d[j] = abs(a[j] - center)
                    largestBits = max(largestBits, d[j].bitPattern)  // as for steps in `ReturnBlock`
                }
            }
            let guess = scratch.histogram.bracket(ranks: lower, upper, of: UnsafeBufferPointer(d), largest: Double(bitPattern: largestBits))
            let (low, high) = scratch.selection.values(ranks: lower, upper, of: UnsafeBufferPointer(d), error: error, guess: guess) {
                abs(block.exactReturn($0) - center)
            }
            return Self.median(low, high, odd: n % 2 == 1)
        }
        var scale = 1.4826 * mad
        if scale == 0 {
            // Half the block sits exactly on the median: the mean deviation needs every return.
            scale = 1.2533 * (0..<n).reduce(0) { $0 + abs(block.exactReturn($1) - center) } / Double(n)
        }
        return (center, mad, scale)
    }

    private static func median(_ low: Double, _ high: Double, odd: Bool) -> Double {
        odd ? high : (low + high) / 2
    }

    /// A bound on how far |approximation − center| is from |exact return − center|: the
    /// approximation's error plus one rounding of each subtraction, both doubled.
    private static func deviationError(_ block: ReturnBlock, center: Double) -> Double {
        2 * block.error + (block.largestApproximated * 1.01 + abs(center)) * 0x1p-45
    }

    /// Appends the block's returns whose |z| exceeds the threshold. The divisor of z is at least
    /// the scale, so a return whose approximation, widened by the error bound, stays below the
    /// threshold times the scale cannot be extreme; only the others are computed exactly.
    private func appendExtremes(_ block: ReturnBlock, center: Double, scale: Double, to extremes: inout [Extreme]) {
        let error = Self.deviationError(block, center: center)
        // Slack for the roundings of the test itself.
        let limit = threshold * scale * (1 - 0x1p-40)
        block.approximations.withUnsafeBufferPointer { a in
            for j in 0..<block.count where !(abs(a[j] - center) + error < limit) {
                let value = block.exactReturn(j)
                let z = (value - center) / max(scale, floor(block.values[j], block.isPrice))
                if abs(z) > threshold { extremes.append(Extreme(index: block.start + j, value: value, z: z)) }
            }
        }
    }

    /// The block computed as the definition says, for blocks with infinite returns, where the
    /// order of NaN deviations in a sort decides the result.
    private func appendExtremesBySorting(_ block: ReturnBlock, to extremes: inout [Extreme]) {
        let returns = (0..<block.count).map(block.exactReturn)
        let center = Self.sortedMedian(returns)
        var scale = 1.4826 * Self.sortedMedian(returns.map { abs($0 - center) })
        if scale == 0 { scale = 1.2533 * returns.reduce(0) { $0 + abs($1 - center) } / Double(returns.count) }
        for (j, value) in returns.enumerated() {
            let z = (value - center) / max(scale, floor(block.values[j], block.isPrice))
            if abs(z) > threshold { extremes.append(Extreme(index: block.start + j, value: value, z: z)) }
        }
    }

    static func sortedMedian(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Smallest meaningful scale for the return from `value`: one tick of it for prices.
    private func floor(_ value: Double, _ isPrice: Bool) -> Double {
        isPrice ? tick / value : 1e-12 * max(1, abs(value))
    }
}
