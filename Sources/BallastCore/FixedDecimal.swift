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
    public static func format(_ raw: Int64, decimals: Int, shown: Int?) -> String {
        var value = raw
        var places = decimals
        if let shown, shown < decimals {
            value = round(raw, from: decimals, to: shown) / power10[decimals - shown]
            places = shown
        }
        let negative = value < 0
        let magnitude = value.magnitude
        let unit = UInt64(power10[places])
        var text = String(magnitude / unit)
        var frac = places > 0 ? String(magnitude % unit) : ""
        if places > 0 {
            frac = String(repeating: "0", count: places - frac.count) + frac
            if shown == nil { while frac.hasSuffix("0") { frac.removeLast() } }
            if let shown, shown > places { frac += String(repeating: "0", count: shown - places) }
            if !frac.isEmpty { text += "." + frac }
        }
        return negative ? "-" + text : text
    }
}
