import PostgresNIO

/// A `numeric` in PostgreSQL's binary form: base-10000 digits with a weight and a display scale.
/// Whole numbers that fit Int64 are read exactly; anything else becomes a Double.
struct PostgresNumericValue {
    var digits: [Int16]
    /// Power of 10000 of the first digit.
    var weight: Int
    var isNegative: Bool
    var isNaN: Bool
    /// Digits after the decimal point the value is displayed with.
    var scale: Int

    init?(buffer: inout ByteBuffer) {
        guard let count = buffer.readInteger(as: Int16.self), count >= 0,
              let weight = buffer.readInteger(as: Int16.self),
              let sign = buffer.readInteger(as: UInt16.self),
              let scale = buffer.readInteger(as: Int16.self) else { return nil }
        var digits: [Int16] = []
        for _ in 0..<count {
            guard let digit = buffer.readInteger(as: Int16.self) else { return nil }
            digits.append(digit)
        }
        self.digits = digits
        self.weight = Int(weight)
        self.isNegative = sign == 0x4000
        self.isNaN = sign == 0xC000
        self.scale = Int(scale)
    }

    var sqlValue: SQLValue {
        if isNaN { return .real(.nan) }
        if let integer = exactInteger { return .integer(integer) }
        return .real(double)
    }

    /// The value as Int64 when it has no fractional digits and fits.
    var exactInteger: Int64? {
        guard scale == 0 else { return nil }
        var value: Int64 = 0
        for position in 0...max(weight, 0) {
            let digit = position < digits.count ? Int64(digits[position]) : 0
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10_000)
            // Negative accumulation reaches Int64.min exactly.
            let (next, o2) = isNegative ? shifted.subtractingReportingOverflow(digit)
                                        : shifted.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
        }
        return weight < 0 && !digits.isEmpty ? nil : value
    }

    var double: Double {
        var value = 0.0
        for (position, digit) in digits.enumerated() {
            let exponent = weight - position
            let scaleFactor = pow10000(abs(exponent))
            value += exponent < 0 ? Double(digit) / scaleFactor : Double(digit) * scaleFactor
        }
        return isNegative ? -value : value
    }

    private func pow10000(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10_000 }
        return result
    }
}
