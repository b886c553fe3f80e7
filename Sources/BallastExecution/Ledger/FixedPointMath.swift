/// 128-bit helpers for the ledger's exact arithmetic.
enum FixedPointMath {
    /// `value × factor / divisor`, truncated toward zero, without forming the full product
    /// (so values near the top of the 128-bit range do not overflow); nil on overflow.
    static func multiplyDivide(_ value: Int128, _ factor: Int128, _ divisor: Int128) -> Int128? {
        let quotient = value / divisor
        let remainder = value % divisor
        let (high, overflow) = quotient.multipliedReportingOverflow(by: factor)
        let (low, lowOverflow) = remainder.multipliedReportingOverflow(by: factor)
        guard !overflow, !lowOverflow else { return nil }
        let (sum, sumOverflow) = high.addingReportingOverflow(low / divisor)
        return sumOverflow ? nil : sum
    }

    /// `value / divisor` rounded half away from zero.
    static func roundedDivide(_ value: Int128, _ divisor: Int128) -> Int128 {
        if divisor < 0 { return roundedDivide(-value, -divisor) }
        let half = divisor / 2
        return value >= 0 ? (value + half) / divisor : (value - half) / divisor
    }

    /// `value / divisor` rounded half away from zero, as an `Int64`; nil when it does not fit.
    static func roundedInt64(_ value: Int128, _ divisor: Int128) -> Int64? {
        Int64(exactly: roundedDivide(value, divisor))
    }
}
