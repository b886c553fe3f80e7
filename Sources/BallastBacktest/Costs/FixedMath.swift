import BallastCore

/// Exact arithmetic on the fixed-point scales (`Price` 10⁻⁹, `Quantity` 10⁻⁹, `Money` 10⁻⁶),
/// with 128-bit intermediates.
enum FixedMath {
    /// `value / divisor` rounded half away from zero; `divisor` > 0.
    @inlinable
    static func divideRounded(_ value: Int128, by divisor: Int128) -> Int64 {
        let half = divisor / 2
        return Int64(value >= 0 ? (value + half) / divisor : (value - half) / divisor)
    }

    /// `value / divisor` rounded half up (toward +∞): `round(a + n) == round(a) + n` for whole `n`,
    /// which incremental marking relies on.
    @inlinable
    static func divideRoundedUp(_ value: Int128, by divisor: Int128) -> Int64 {
        let shifted = value + divisor / 2
        let q = shifted / divisor
        return Int64(shifted % divisor < 0 ? q - 1 : q)
    }

    /// Price × quantity products carry 10⁻¹⁸; this many of them make a money micro-unit once the
    /// contract size (a `Quantity`, 10⁻⁹) is multiplied in: 10⁹ · 10⁹ · 10⁹ / 10⁶.
    static let moneyDivisor: Int128 = 1_000_000_000_000_000_000_000

    /// The value in quote-currency micro-units of `lots` (raw) at `price` (raw).
    static func notionalRaw(price: Int64, lots: Int64, contractSize: Int64) -> Int64 {
        divideRounded(Int128(price) * Int128(lots) * Int128(contractSize), by: moneyDivisor)
    }
}
