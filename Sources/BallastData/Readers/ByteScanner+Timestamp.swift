/// The date-time layouts generic files use, parsed from one field.
extension ByteScanner {
    /// A point in time as written: local seconds plus a fraction, and the UTC offset when the
    /// text states one (`Z`, `+00:00`, `GMT+0100`; epoch numbers are UTC).
    struct WrittenTime {
        var seconds: Int64
        var nanos: Int64
        var offset: Int?
    }

    /// Dates (`YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYYMMDD`, `DD.MM.YYYY`, US `M/D/YYYY`),
    /// optionally followed by ` ` or `T` and a time with fractional seconds and an offset; or
    /// epoch seconds, milliseconds, microseconds or nanoseconds.
    mutating func anyTimestamp(_ what: @autoclosure () -> String) throws(DataReadError) -> WrittenTime {
        var digits = 0
        while position + digits < end, base[position + digits] &- 48 < 10 { digits += 1 }
        let next = position + digits < end ? base[position + digits] : 0
        let separatorFollows = next == 45 || next == 47 || next == 46 && digits != 10 || next == 32 || next == 84
        if digits >= 9, digits != 8, !separatorFollows || digits > 10 { return try epoch(what()) }
        if digits == 10, next == 46 { return try epoch(what()) }
        let day = try anyDate(what())
        var time = WrittenTime(seconds: Int64(day) * 86_400, nanos: 0, offset: nil)
        if current == 32 || current == 84, position + 1 < end, base[position + 1] &- 48 < 10 {
            position += 1
            var run = 0
            while position + run < end, base[position + run] &- 48 < 10 { run += 1 }
            let clock = run == 6 || run == 9 ? try compactClock(millis: run == 9, "the time in \(what())")
                : try clockTime("the time in \(what())")
            time.seconds += clock / 1_000_000_000
            time.nanos = clock % 1_000_000_000
        }
        time.offset = try writtenOffset(what())
        return time
    }

    /// Epoch numbers by digit count: ≤10 seconds (with an optional fraction), 13 ms, 16 µs, 19 ns.
    private mutating func epoch(_ what: @autoclosure () -> String) throws(DataReadError) -> WrittenTime {
        let start = position
        var value: Int64 = 0
        while position < end, base[position] &- 48 < 10 {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = scaled.addingReportingOverflow(Int64(base[position] - 48))
            guard !overflow, !overflow2 else { position = start; throw error("\(what()) is too large for an epoch time") }
            value = sum
            position += 1
        }
        let digits = position - start
        switch digits {
        case ...10:
            var nanos: Int64 = 0
            if current == 46 {
                position += 1
                nanos = try fractionNanos("the fraction of \(what())")
            }
            return WrittenTime(seconds: value, nanos: nanos, offset: 0)
        case 11...13: return WrittenTime(seconds: value / 1_000, nanos: value % 1_000 * 1_000_000, offset: 0)
        case 14...16: return WrittenTime(seconds: value / 1_000_000, nanos: value % 1_000_000 * 1_000, offset: 0)
        default: return WrittenTime(seconds: value / 1_000_000_000, nanos: value % 1_000_000_000, offset: 0)
        }
    }

    /// An optional `Z`, `±hh[:mm]`, `±hhmm`, ` GMT±hhmm` or ` UTC` after a time.
    private mutating func writtenOffset(_ what: @autoclosure () -> String) throws(DataReadError) -> Int? {
        let start = position
        while current == 32 { position += 1 }
        if current == 90 || current == 122 { position += 1; return 0 }
        var named = false
        if at(letters: "GMT") || at(letters: "UTC") { position += 3; named = true }
        let sign = current
        guard sign == 43 || sign == 45 else {
            if named { return 0 }
            position = start
            return nil
        }
        position += 1
        let hours = try fixedDigits(2, "the hours of the UTC offset in \(what())")
        var minutes = 0
        if current == 58 { position += 1 }
        if current &- 48 < 10 { minutes = try fixedDigits(2, "the minutes of the UTC offset in \(what())") }
        guard hours <= 14, minutes < 60 else { position = start; throw error("not a UTC offset in \(what())") }
        return (hours * 3600 + minutes * 60) * (sign == 45 ? -1 : 1)
    }

    private func at(letters: StaticString) -> Bool {
        let count = letters.utf8CodeUnitCount
        guard position + count <= end else { return false }
        for i in 0..<count where base[position + i] != letters.utf8Start[i] { return false }
        return true
    }
}
