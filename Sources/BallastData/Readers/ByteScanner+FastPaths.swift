import BallastCore

/// Branch-light parsers for the shapes that fill big files (MT5 exports), each returning nil when
/// the input is anything unusual so the caller falls back to the general parser, which also
/// produces the precise error message.
extension ByteScanner {
    /// `HH:MM:SS` as seconds of the day, checked eight bytes at a time.
    @inline(__always) mutating func quickTimeOfDay() -> Int? {
        guard position + 8 <= end else { return nil }
        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        // Subtract "00:00:00": digits become 0...9, colons 0; any other byte (or a borrow) leaves
        // a high nibble set in a digit, or a non-zero colon byte.
        let d = word &- 0x3030_3A30_303A_3030
        guard d & 0xF0F0_FFF0_F0FF_F0F0 == 0, (d &+ 0x0606_0006_0600_0606) & 0xF0F0_00F0_F000_F0F0 == 0 else { return nil }
        let hour = Int(d & 0xFF) * 10 + Int(d >> 8 & 0xFF)
        let minute = Int(d >> 24 & 0xFF) * 10 + Int(d >> 32 & 0xFF)
        let second = Int(d >> 48 & 0xFF) * 10 + Int(d >> 56)
        guard hour < 24, minute < 60, second < 60 else { return nil }
        position += 8
        return hour * 3600 + minute * 60 + second
    }

    /// An unsigned decimal with at most 9 integer digits and 9 decimals as `Price.raw`.
    @inline(__always) mutating func quickPrice() -> Int64? {
        var p = position
        var mantissa: Int64 = 0
        while p < end {
            let digit = base[p] &- 48
            if digit >= 10 { break }
            mantissa = mantissa &* 10 &+ Int64(digit)
            p += 1
        }
        let integerDigits = p - position
        var decimals = 0
        if p < end, base[p] == 46 {
            p += 1
            let fractionStart = p
            while p < end {
                let digit = base[p] &- 48
                if digit >= 10 { break }
                mantissa = mantissa &* 10 &+ Int64(digit)
                p += 1
            }
            decimals = p - fractionStart
        }
        guard integerDigits + decimals > 0, integerDigits <= 9, decimals <= 9 else { return nil }
        position = p
        return mantissa &* FixedDecimal.power10[9 - decimals]
    }
}
