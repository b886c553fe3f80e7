import BallastCore

/// Exact arithmetic on the fixed-point scales (`Price` 10⁻⁹, `Quantity` 10⁻⁹, `Money` 10⁻⁶),
/// with 128-bit intermediates.
enum FixedMath {
    /// `value / divisor` rounded half away from zero; `divisor` ≠ 0.
    static func divideRounded(_ value: Int128, by divisor: Int128) -> Int64 {
        let d = divisor.magnitude
        let quotient = unsignedDivide(value.magnitude + d / 2, by: d).quotient
        return (value >= 0) == (divisor > 0) ? Int64(quotient) : -Int64(quotient)
    }

    /// `value / divisor` rounded half up (toward +∞): `round(a + n) == round(a) + n` for whole `n`,
    /// which incremental marking relies on; `divisor` > 0.
    static func divideRoundedUp(_ value: Int128, by divisor: Int128) -> Int64 {
        let shifted = value + divisor / 2
        let (q, r) = unsignedDivide(shifted.magnitude, by: UInt128(divisor))
        // Floor division: a negative dividend with a remainder rounds one further down.
        return shifted >= 0 ? Int64(q) : -Int64(q) - (r != 0 ? 1 : 0)
    }

    /// Quotient and remainder, with one hardware 128-by-64-bit division when the divisor fits in
    /// 64 bits and the quotient does (the usual case), instead of the software 128-bit routine.
    @inline(__always)
    static func unsignedDivide(_ value: UInt128, by divisor: UInt128) -> (quotient: UInt128, remainder: UInt128) {
        if divisor >> 64 == 0, value >> 64 < divisor {
            let d = UInt64(divisor)
            let (q, r) = d.dividingFullWidth((high: UInt64(value >> 64), low: UInt64(truncatingIfNeeded: value)))
            return (UInt128(q), UInt128(r))
        }
        return (value / divisor, value % divisor)
    }

    /// Price × quantity products carry 10⁻¹⁸; this many of them make a money micro-unit once the
    /// contract size (a `Quantity`, 10⁻⁹) is multiplied in: 10⁹ · 10⁹ · 10⁹ / 10⁶.
    static let moneyDivisor: Int128 = 1_000_000_000_000_000_000_000

    /// The value in quote-currency micro-units of `lots` (raw) at `price` (raw).
    static func notionalRaw(price: Int64, lots: Int64, contractSize: Int64) -> Int64 {
        divideRounded(Int128(price) * Int128(lots) * Int128(contractSize), by: moneyDivisor)
    }
}
