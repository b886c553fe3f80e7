/// Brackets order statistics of non-negative numbers by counting them in buckets a sixteenth of
/// an octave wide: the top 16 bits of a non-negative `Double` (exponent and 4 mantissa bits)
/// grow with its value, so one pass of counting needs no comparisons.
///
/// A block's MAD can change threefold from one block to the next (a quiet Asian session, then
/// London), so the last block's value is a poor guess; a bucket is a guess ~5% wide.
struct MagnitudeHistogram {
    private var counts = [Int32](repeating: 0, count: 256)

    /// A range of values holding ranks `lower...upper` of `values` (finite, ≥ 0, at most `largest`).
    mutating func bracket(ranks lower: Int, _ upper: Int, of values: UnsafeBufferPointer<Double>,
                          largest: Double) -> ClosedRange<Double> {
        let top = Int(largest.bitPattern >> 48)
        // Buckets cover the 16 octaves below the largest value; anything smaller shares bucket 0.
        let base = max(0, top - (counts.count - 1))
        counts.withUnsafeMutableBufferPointer { counts in
            counts.update(repeating: 0)
            for x in values { counts[max(0, Int(x.bitPattern >> 48) &- base)] &+= 1 }
        }
        var seen = 0
        var (first, last) = (-1, counts.count - 1)
        for (bucket, count) in counts.enumerated() {
            seen += Int(count)
            if first < 0, seen > lower { first = bucket }
            if seen > upper {
                last = bucket
                break
            }
        }
        let from = first <= 0 ? 0 : Double(bitPattern: UInt64(first + base) << 48)
        // The largest `Double` whose top bits are still those of bucket `last`.
        let to = Double(bitPattern: (UInt64(last + base + 1) << 48) - 1)
        return from...to
    }
}
