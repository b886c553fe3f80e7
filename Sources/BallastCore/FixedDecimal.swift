/// Parsing, rounding and formatting of scaled integers, shared by `Price`, `Quantity` and `Money`.
public enum FixedDecimal {
    /// 10ⁿ for n in 0...18.
    public static let power10: [Int64] = (0...18).map { n in (0..<n).reduce(Int64(1)) { r, _ in r * 10 } }

    /// Parses `[-+]digits[.digits]` into an integer of `decimals` decimals. Extra decimals are
    /// rounded half away from zero; nil on any other character or on overflow.
    public static func parse(_ text: String, decimals: Int) -> Int64? {
        var negative = false
        var mantissa: Int64 = 0
        var fraction = -1
        var roundUp = false
        var sawDigit = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: ".") where fraction < 0: fraction = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if fraction >= decimals {
                    if fraction == decimals { roundUp = byte >= UInt8(ascii: "5") }
                    fraction += 1
                    continue
                }
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(Int64(byte - 48))
                guard !o1, !o2 else { return nil }
                mantissa = m2
                if fraction >= 0 { fraction += 1 }
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        let used = max(0, min(fraction, decimals))
        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: power10[decimals - used])
        guard !overflow else { return nil }
        let value = scaled + (roundUp ? 1 : 0)
        return negative ? -value : value
    }

    /// Rounds `raw` (with `from` decimals) to `to` decimals, half away from zero, keeping the scale.
    public static func round(_ raw: Int64, from: Int, to: Int) -> Int64 {
        guard to < from else { return raw }
        let unit = power10[from - to]
        let half = unit / 2
        let q = (raw >= 0 ? raw + half : raw - half) / unit
        return q * unit
    }

    /// Formats `raw` (with `decimals` decimals). `shown` fixes the number of decimals; nil trims zeros.
    /// The digits are written straight into the string: audit entries format several amounts per
    /// order, and building the text from pieces cost more than the rest of the entry.
    public static func format(_ raw: Int64, decimals: Int, shown: Int?) -> String {
        var value = raw
        var places = decimals
        if let shown, shown < decimals {
            value = round(raw, from: decimals, to: shown) / power10[decimals - shown]
            places = shown
        }
        let unit = UInt64(power10[places])
        let whole = value.magnitude / unit
        var fraction = value.magnitude % unit
        var fractionDigits = places
        if shown == nil {
            while fractionDigits > 0 && fraction % 10 == 0 { (fraction, fractionDigits) = (fraction / 10, fractionDigits - 1) }
        }
        // Zeros past the stored decimals when `shown` asks for more (none for a whole number).
        let padding = places > 0 ? max(0, (shown ?? 0) - places) : 0
        var wholeDigits = 1
        var rest = whole
        while rest >= 10 { (rest, wholeDigits) = (rest / 10, wholeDigits + 1) }
        let sign = value < 0 ? 1 : 0, decimalsWritten = fractionDigits + padding
        let length = sign + wholeDigits + (decimalsWritten > 0 ? 1 + decimalsWritten : 0)
        return String(unsafeUninitializedCapacity: length) { text in
            if sign == 1 { text[0] = UInt8(ascii: "-") }
            write(whole, digits: wholeDigits, into: text, at: sign)
            guard decimalsWritten > 0 else { return length }
            text[sign + wholeDigits] = UInt8(ascii: ".")
            write(fraction, digits: fractionDigits, into: text, at: sign + wholeDigits + 1)
            for k in (length - padding)..<length { text[k] = UInt8(ascii: "0") }
            return length
        }
    }

    /// Writes the last `digits` decimal digits of `value` at `start` (leading zeros included).
    private static func write(_ value: UInt64, digits: Int, into text: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var value = value
        for k in stride(from: start + digits - 1, through: start, by: -1) {
            text[k] = UInt8(truncatingIfNeeded: 48 + value % 10)
            value /= 10
        }
    }
}
