import BallastCore

/// A byte buffer with the number and date writers CSV export needs: no `String` per field,
/// no `String(format:)`, no `DateFormatter`.
struct CSVBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func text(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// A signed integer in decimal.
    mutating func int(_ value: Int64) {
        if value < 0 { byte(45) }
        unsigned(value.magnitude, width: 1)
    }

    /// An unsigned integer, left-padded with zeros to `width` digits.
    mutating func unsigned(_ value: UInt64, width: Int) {
        var count = 1
        var v = value
        while v >= 10 { v /= 10; count += 1 }
        let n = max(count, width)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(48, count: n))
        v = value
        var i = start + n - 1
        repeat { bytes[i] = UInt8(truncatingIfNeeded: v % 10) + 48; v /= 10; i -= 1 } while v > 0
    }

    /// A `Price.raw` rounded half away from zero to `digits` decimals, written with exactly that many.
    mutating func price(_ raw: Int64, digits: Int) {
        let value = FixedDecimal.round(raw, from: Price.decimals, to: digits) / FixedDecimal.power10[Price.decimals - digits]
        if value < 0 { byte(45) }
        let unit = UInt64(FixedDecimal.power10[digits])
        unsigned(value.magnitude / unit, width: 1)
        if digits > 0 {
            byte(46)
            unsigned(value.magnitude % unit, width: digits)
        }
    }

    /// A double as the shortest decimal of up to 17 places that reads back exactly; NaN as
    /// nothing (an empty field). Huge or tiny magnitudes fall back to Swift's description.
    mutating func double(_ value: Double) {
        guard !value.isNaN else { return }
        if value == value.rounded(), value.magnitude < 1e15 {
            int(Int64(value))
            return
        }
        if value.magnitude < 1e15, value.magnitude >= 1e-6 {
            var scale = 1.0
            for places in 1...17 {
                scale *= 10
                let mantissa = (value * scale).rounded()
                guard mantissa.magnitude < 9e15 else { break }
                if mantissa / scale == value {
                    let m = Int64(mantissa)
                    if m < 0 { byte(45) }
                    let unit = UInt64(FixedDecimal.power10[places])
                    unsigned(m.magnitude / unit, width: 1)
                    byte(46)
                    unsigned(m.magnitude % unit, width: places)
                    return
                }
            }
        }
        text(value.description)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff]Z` for UTC nanoseconds (fraction without trailing zeros).
    mutating func iso8601(_ nanoseconds: Int64) {
        let seconds = floorDiv(nanoseconds, Timestamp.nanosPerSecond)
        date(seconds, separator: 45)
        byte(84)
        time(seconds)
        var fraction = nanoseconds - seconds * Timestamp.nanosPerSecond
        if fraction != 0 {
            var width = 9
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
            byte(46)
            unsigned(UInt64(fraction), width: width)
        }
        byte(90)
    }

    /// `YYYY<sep>MM<sep>DD` of a day holding `seconds` (MT5 uses `.`, ISO `-`).
    mutating func date(_ seconds: Int64, separator: UInt8) {
        let (y, m, d) = CivilCalendar.date(fromDays: Int(floorDiv(seconds, 86_400)))
        unsigned(UInt64(y), width: 4); byte(separator)
        unsigned(UInt64(m), width: 2); byte(separator)
        unsigned(UInt64(d), width: 2)
    }

    /// `HH:MM:SS` of `seconds`' time of day.
    mutating func time(_ seconds: Int64) {
        let s = seconds - floorDiv(seconds, 86_400) * 86_400
        unsigned(UInt64(s / 3600), width: 2); byte(58)
        unsigned(UInt64(s / 60 % 60), width: 2); byte(58)
        unsigned(UInt64(s % 60), width: 2)
    }
}
