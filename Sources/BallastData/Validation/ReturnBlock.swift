import Foundation

/// One block of returns of a `SpikeSeries`, in reusable buffers.
///
/// Price returns are log returns, and `log` would be the dearest step of validation (several
/// nanoseconds a row). The block holds a cheap approximation of each return instead, with a
/// proven bound on its error, and computes the exact `log` only where a decision depends on it:
/// near the median and MAD (see `RankSelection`) and for returns that may be extreme. Every
/// number that reaches a finding is computed exactly as `log(values[k + 1] / values[k])`.
struct ReturnBlock {
    /// The block's points, `count + 1` of them.
    private(set) var values: [Double]
    /// The block's returns (plain differences), or approximations within `error` of them.
    private(set) var approximations: [Double]
    private(set) var count = 0
    /// Index of the block's first return in the series.
    private(set) var start = 0
    private(set) var isPrice = true
    /// No exact return differs from its approximation by more than this.
    private(set) var error = 0.0
    /// Largest magnitude of an approximated return (bounds rounding in derived values).
    private(set) var largestApproximated = 0.0
    /// False when a return is infinite (value series near the limits of `Double`).
    private(set) var isFinite = true
    /// The smallest price (prices) or largest magnitude (values) among the points that start a return.
    private(set) var smallestValue = 1.0
    private(set) var largestMagnitude = 0.0

    /// Moves up to this far from 1 (0.8%) are approximated; larger ones, rare, get `log` at once.
    static let approximationLimit = 0x1p-7

    init(capacity: Int) {
        values = [Double](repeating: 0, count: capacity + 1)
        approximations = [Double](repeating: 0, count: capacity)
    }

    /// Loads returns `range` of `series`.
    mutating func load(_ series: SpikeSeries, returns range: Range<Int>) {
        (start, count, isPrice) = (range.lowerBound, range.count, series.isPrice)
        values.withUnsafeMutableBufferPointer { series.copyValues(range.lowerBound..<range.upperBound + 1, to: $0) }
        // Only these bound the returns' floors. Non-negative Doubles order like their bits, and
        // an integer minimum or maximum vectorizes where a floating-point one does not.
        values.withUnsafeBufferPointer { v in
            let points = UnsafeBufferPointer(rebasing: v[..<count])
            if isPrice {
                smallestValue = Double(bitPattern: points.reduce(UInt64.max) { min($0, $1.bitPattern) })
            } else {
                largestMagnitude = Double(bitPattern: points.reduce(0) { max($0, abs($1).bitPattern) })
            }
        }
        if isPrice { approximatePriceReturns() } else { differenceValues() }
    }

    /// Value series: returns are plain differences, exact at once.
    private mutating func differenceValues() {
        var nonFinite = 0.0
        values.withUnsafeBufferPointer { v in
            approximations.withUnsafeMutableBufferPointer { a in
                for j in 0..<count {
                    a[j] = v[j + 1] - v[j]
                    nonFinite += a[j] - a[j]  // NaN once any difference is infinite
                }
            }
        }
        (isFinite, error, largestApproximated) = (nonFinite == 0, 0, 0)
    }

    /// Prices: every log return approximated by the series, then the rare large ones exactly.
    private mutating func approximatePriceReturns() {
        var largestBits: UInt64 = 0
        values.withUnsafeBufferPointer { v in
            approximations.withUnsafeMutableBufferPointer { a in
                for j in 0..<count {
                    let step = v[j + 1] / v[j] - 1
                    a[j] = Self.logOnePlus(step)
                    largestBits = max(largestBits, abs(step).bitPattern)
                }
            }
        }
        var largest = Double(bitPattern: largestBits)
        if largest > Self.approximationLimit {
            largest = 0
            for j in 0..<count {
                let ratio = values[j + 1] / values[j]
                // `ratio - 1` is exact (Sterbenz) for every ratio that keeps its approximation.
                if abs(ratio - 1) > Self.approximationLimit { approximations[j] = log(ratio) } else { largest = max(largest, abs(ratio - 1)) }
            }
        }
        (isFinite, error, largestApproximated) = (true, Self.errorBound(largest), largest)
    }

    /// The exact return `j` of the block, computed as the original definition does.
    func exactReturn(_ j: Int) -> Double {
        guard isPrice else { return values[j + 1] - values[j] }
        // An unchanged price is common (a quiet minute) and log(1) is exactly 0.
        return values[j + 1] == values[j] ? 0 : log(values[j + 1] / values[j])
    }

    /// ln(1 + u) by its Taylor series to the sixth power, for |u| ≤ 2⁻⁷.
    @inline(__always)
    static func logOnePlus(_ u: Double) -> Double {
        let tail = -1.0 / 6
        let inner = (((((tail * u + 0.2) * u - 0.25) * u + 1.0 / 3) * u - 0.5) * u + 1)
        return inner * u
    }

    /// A bound on |logOnePlus(u) − log(1 + u)| for every |u| ≤ `largest` ≤ 2⁻⁷.
    ///
    /// The series' tail is below |u|⁷/7 / (1 − |u|) < |u|⁷. Rounding in the six Horner steps is
    /// below 8 · 2⁻⁵³ · |u|, and `log` itself errs by under one ulp of its result, ≤ 2⁻⁵² · 1.01 |u|.
    /// The bound takes |u|⁷ + 2⁻⁴⁵ |u|: sixteen times the rounding terms.
    static func errorBound(_ largest: Double) -> Double {
        let u = largest
        return u * u * u * u * u * u * u + u * 0x1p-45
    }
}
