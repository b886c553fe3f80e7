/// Hoare's selection: the k-th smallest of a buffer in linear expected time, without sorting.
enum QuickSelect {
    /// Rearranges `values` so that `values[k]` is the value a full sort would put there, with
    /// no larger value before it and no smaller one after it; returns that value.
    ///
    /// The pivot is the median of three, and a range that shrinks too slowly (an adversarial
    /// order) is sorted instead, so the worst case stays `n log n`. Values must not be NaN.
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>) -> Double {
        precondition(values.indices.contains(k), "rank inside the buffer")
        var (lo, hi) = (0, values.count - 1)
        var budget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 4
        while hi - lo > 16 {
            budget -= 1
            if budget == 0 { break }
            let (left, right) = partition(values, lo, hi)
            // [lo, right] ≤ pivot ≤ [left, hi], and values strictly between equal the pivot.
            if k <= right { hi = right } else if k >= left { lo = left } else { return values[k] }
        }
        var rest = UnsafeMutableBufferPointer(rebasing: values[lo...hi])
        rest.sort()
        return values[k]
    }

    /// Hoare partition of `lo...hi` around the median of its first, middle and last values.
    private static func partition(_ v: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> (Int, Int) {
        let mid = lo + (hi - lo) / 2
        let pivot = max(min(v[lo], v[mid]), min(max(v[lo], v[mid]), v[hi]))
        var (i, j) = (lo, hi)
        while i <= j {
            while v[i] < pivot { i += 1 }
            while v[j] > pivot { j -= 1 }
            if i <= j {
                v.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        return (i, j)
    }
}
