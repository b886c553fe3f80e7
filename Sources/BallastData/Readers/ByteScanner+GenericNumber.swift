import BallastCore

/// Numbers as spreadsheets and pandas write them: `1e-05`, `2.5E+3`, a leading `+`.
/// Vendor readers use the plain parsers; the generic reader needs these.
extension ByteScanner {
    /// A price (`Price.raw`, 10⁻⁹ units) with an optional exponent. Digits beyond the ninth
    /// decimal of the mantissa are rounded before the exponent is applied.
    mutating func genericPrice(_ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        let start = position
        let raw = try price(what())
        guard position < end, base[position] | 0x20 == 101 else { return raw }
        let exponent = try exponentPart(what())
        if exponent == 0 || raw == 0 { return raw }
        if exponent < 0 {
            guard exponent > -19 else { return 0 }
            let divisor = FixedDecimal.power10[-exponent]
            let half = divisor / 2
            return raw >= 0 ? (raw + half) / divisor : (raw - half) / divisor
        }
        guard exponent < 19 else { position = start; throw error("\(what()) is too large") }
        let (scaled, overflow) = raw.multipliedReportingOverflow(by: FixedDecimal.power10[exponent])
        guard !overflow else { position = start; throw error("\(what()) is too large") }
        return scaled
    }

    /// A `Double` with an optional exponent and sign.
    mutating func genericDouble(_ what: @autoclosure () -> String) throws(DataReadError) -> Double {
        if current == 43 { position += 1 }
        let value = try double(what())
        guard position < end, base[position] | 0x20 == 101 else { return value }
        let exponent = try exponentPart(what())
        let scale = ByteScanner.powersOfTen[min(abs(exponent), 22)]
        return exponent < 0 ? value / scale : value * scale
    }

    /// `e[+-]digits` after a mantissa.
    private mutating func exponentPart(_ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        position += 1
        var negative = false
        if current == 45 { negative = true; position += 1 } else if current == 43 { position += 1 }
        let digits = try shortNumber(3, "the exponent of \(what())")
        return negative ? -digits : digits
    }

    /// Whether the field at the cursor is a missing value: empty, `.`, `null`, `nan`, `NA` or `N/A`.
    func atMissingValue(delimiter: UInt8) -> Bool {
        if position >= end { return true }
        let byte = base[position]
        if byte == delimiter || byte == 10 || byte == 13 { return true }
        if byte == 46 { return position + 1 >= end || base[position + 1] == delimiter || base[position + 1] == 10 || base[position + 1] == 13 }
        return at(word: "null", delimiter: delimiter) || at(word: "nan", delimiter: delimiter)
            || at(word: "na", delimiter: delimiter) || at(word: "n/a", delimiter: delimiter)
    }
}
