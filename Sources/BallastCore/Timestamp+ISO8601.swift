extension Timestamp {
    /// ISO-8601 in UTC: `2024-01-02T00:00:00Z`, with fractional seconds only when present.
    public var iso8601: String {
        let dayNanos = nanoseconds - Int64(days) * Timestamp.nanosPerDay
        let (y, m, d) = CivilCalendar.date(fromDays: days)
        let secs = Int(dayNanos / Timestamp.nanosPerSecond)
        let frac = Int(dayNanos % Timestamp.nanosPerSecond)
        var text = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2)):\(pad(secs % 60, 2))"
        if frac != 0 {
            var digits = pad(frac, 9)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "Z"
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (a space may replace `T`).
    /// A missing offset means UTC. Returns nil for anything else.
    public init?(iso8601 text: String) {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "Z") { bytes.removeLast() }
        var offsetSeconds = 0
        if bytes.count > 16, let signIndex = bytes.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }),
           signIndex >= 16 {
            let tail = Array(bytes[(signIndex + 1)...]).filter { $0 != UInt8(ascii: ":") }
            guard tail.count == 4, let hh = Self.number(tail[0..<2]), let mm = Self.number(tail[2..<4]) else { return nil }
            offsetSeconds = (hh * 3600 + mm * 60) * (bytes[signIndex] == UInt8(ascii: "-") ? -1 : 1)
            bytes.removeSubrange(signIndex...)
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Self.number(bytes[0..<4]), let mo = Self.number(bytes[5..<7]), let d = Self.number(bytes[8..<10]),
              CivilCalendar.isValid(year: y, month: mo, day: d) else { return nil }
        var h = 0, mi = 0, s = 0, nanos = 0
        if bytes.count > 10 {
            guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
                  bytes[13] == UInt8(ascii: ":"), let hh = Self.number(bytes[11..<13]), let mm = Self.number(bytes[14..<16]),
                  hh < 24, mm < 60 else { return nil }
            h = hh; mi = mm
            if bytes.count > 16 {
                guard bytes.count >= 19, bytes[16] == UInt8(ascii: ":"), let ss = Self.number(bytes[17..<19]), ss < 61 else { return nil }
                s = ss
                if bytes.count > 19 {
                    guard bytes[19] == UInt8(ascii: "."), bytes.count <= 29, bytes.count > 20,
                          let f = Self.number(bytes[20...]) else { return nil }
                    nanos = f * Self.power10(9 - (bytes.count - 20))
                }
            }
        }
        self.init(year: y, month: mo, day: d, hour: h, minute: mi, second: s, nanosecond: nanos)
        nanoseconds -= Int64(offsetSeconds) * Timestamp.nanosPerSecond
    }

    private static func number<C: Collection>(_ digits: C) -> Int? where C.Element == UInt8 {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return digits.isEmpty ? nil : value
    }

    private static func power10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
