/// Exact order statistics (a median) of values that are cheap to approximate but dear to
/// compute exactly, such as log returns.
///
/// Given approximations `a[j]` within `error` of the exact values `e[j]`, the exact value of
/// rank `r` lies within `error` of the approximations' rank-`r` value `ã`. So every `a[j]` below
/// `ã - 2·error` belongs to an exact value below rank `r`, every one above `ã + 2·error` to one
/// above, and only the few in between need their exact value, which are then sorted. The result
/// is bit for bit what sorting all exact values would give.
///
/// A guess of where the ranks lie (last block's median, say) lets one counting pass set aside
/// most values, so only a small band is selected from; a wrong guess falls back to all values.
struct RankSelection {
    private var band: [Int]
    private var keys: [Double]
    private var exactValues: [Double] = []

    init(capacity: Int) {
        band = [Int](repeating: 0, count: capacity)
        keys = [Double](repeating: 0, count: capacity)
    }

    /// The exact values of ranks `lower` and `upper` (`lower` or `lower + 1`) of `e`, where
    /// `approximations` (all finite) lie within `error` of `e` and `exact(j)` computes `e[j]`.
    mutating func values(ranks lower: Int, _ upper: Int, of approximations: UnsafeBufferPointer<Double>, error: Double,
                         guess: ClosedRange<Double>?, exact: (Int) -> Double) -> (Double, Double) {
        if let guess {
            if let found = attempt(lower, upper, approximations, error, guess, exact) { return found }
            // A near miss is common: try nine times as wide before taking every value.
            let width = guess.upperBound - guess.lowerBound
            let wider = (guess.lowerBound - 4 * width)...(guess.upperBound + 4 * width)
            if let found = attempt(lower, upper, approximations, error, wider, exact) { return found }
        }
        // With every value a candidate the attempt cannot miss, unless `error` was understated;
        // then every exact value is computed rather than give a wrong answer.
        if let found = attempt(lower, upper, approximations, error, -Double.infinity...Double.infinity, exact) { return found }
        let sorted = approximations.indices.map(exact).sorted()
        return (sorted[lower], sorted[upper])
    }

    /// Nil when the ranks, or the band around them, are not inside `guess`.
    private mutating func attempt(_ lower: Int, _ upper: Int, _ a: UnsafeBufferPointer<Double>, _ error: Double,
                                  _ guess: ClosedRange<Double>, _ exact: (Int) -> Double) -> (Double, Double)? {
        let (below, inside) = collect(a, guess)
        guard below <= lower, upper < below + inside else { return nil }
        for i in 0..<inside { keys[i] = a[band[i]] }
        let (approxLower, approxUpper) = keys.withUnsafeMutableBufferPointer { keys in
            let upperRank = upper - below
            let upperValue = QuickSelect.select(upperRank, in: UnsafeMutableBufferPointer(rebasing: keys[..<inside]))
            // Selection leaves the smaller values in front: rank `upper - 1` is their largest.
            let lowerValue = lower == upper ? upperValue : keys[..<upperRank].max() ?? upperValue
            return (lowerValue, upperValue)
        }
        // Rounding slack on top of the 2·error band, so the band is never too narrow.
        let margin = 2.001 * error + (abs(approxLower) + abs(approxUpper)) * 0x1p-50
        let (low, high) = (approxLower - margin, approxUpper + margin)
        guard low >= guess.lowerBound, high <= guess.upperBound else { return nil }
        var surelyBelow = below
        exactValues.removeAll(keepingCapacity: true)
        for i in 0..<inside {
            let x = a[band[i]]
            surelyBelow &+= (x < low).bit
            if x >= low, x <= high { exactValues.append(exact(band[i])) }
        }
        guard lower >= surelyBelow, upper - surelyBelow < exactValues.count else { return nil }
        exactValues.sort()
        return (exactValues[lower - surelyBelow], exactValues[upper - surelyBelow])
    }

    /// Counts the values below `guess` and lists the indices of those inside it in `band`.
    private mutating func collect(_ a: UnsafeBufferPointer<Double>, _ guess: ClosedRange<Double>) -> (below: Int, inside: Int) {
        let (lo, hi) = (guess.lowerBound, guess.upperBound)
        return band.withUnsafeMutableBufferPointer { band in
            var below = 0, inside = 0
            for j in a.indices {
                let x = a[j]
                // Branch-free: the index is always written, and kept only when it is inside.
                band[inside] = j
                let notBelow = (x >= lo).bit
                inside &+= notBelow & (x <= hi).bit
                below &+= 1 &- notBelow
            }
            return (below, inside)
        }
    }
}

