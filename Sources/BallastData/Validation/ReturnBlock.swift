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
        var far = 0
        values.withUnsafeBufferPointer { v in
            approximations.withUnsafeMutableBufferPointer { a in
                // Branch-free and without a floating-point reduction, so the loop vectorizes.
                for j in 0..<count {
                    let step = v[j + 1] / v[j] - 1
                    a[j] = Self.logOnePlus(step)
                    far |= (abs(step) > Self.approximationLimit).bit
                }
            }
        }
        if far != 0 {
            for j in 0..<count {
                let ratio = values[j + 1] / values[j]
                // `ratio - 1` is exact (Sterbenz) for every ratio that keeps its approximation.
                if abs(ratio - 1) > Self.approximationLimit { approximations[j] = log(ratio) }
            }
        }
        // The approximated steps are at most the limit, so the bound at the limit holds for all.
        (isFinite, error, largestApproximated) = (true, Self.errorBound(Self.approximationLimit), Self.approximationLimit)
    }

    /// Whether the exact returns of ranks `lower...upper` are all zero. Every approximation has
    /// the sign of its exact return, and is zero exactly when the price did not change, so
    /// counting signs decides it without a `log`. In a quiet market the median is often an
    /// unchanged minute.
    func ranksAreZero(_ lower: Int, _ upper: Int) -> Bool {
        var (negative, zero) = (0, 0)
        approximations.withUnsafeBufferPointer { a in
            for j in 0..<count {
                negative &+= (a[j] < 0).bit
                zero &+= (a[j] == 0).bit
            }
        }
        return negative <= lower && upper < negative + zero
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

    /// A bound on |logOnePlus(u) − log(1 + u)| for every |u| ≤ `largest` ≤ 2⁻⁷ (about 2·10⁻¹⁵ at
    /// the limit, far below the spacing of real returns, so few need their exact value).
    ///
    /// The series' tail is below |u|⁷/7 / (1 − |u|) < |u|⁷. Rounding in the six Horner steps is
    /// below 8 · 2⁻⁵³ · |u|, and `log` itself errs by under one ulp of its result, ≤ 2⁻⁵² · 1.01 |u|.
    /// The bound takes |u|⁷ + 2⁻⁴⁵ |u|: sixteen times the rounding terms.
    static func errorBound(_ largest: Double) -> Double {
        let u = largest
        return u * u * u * u * u * u * u + u * 0x1p-45
    }
}
