import BallastCore

/// Date and time-of-day parsers for the layouts vendors write. Dates come back as day numbers
/// (days since 1970-01-01), times of day as nanoseconds.
extension ByteScanner {
    /// `YYYY<sep>MM<sep>DD` with `-`, `/` or `.` (one or two digits for month and day).
    @inline(__always) mutating func yearFirstDate(_ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        let start = position
        let year = try fixedDigits(4, "\(what()) (YYYY-MM-DD)")
        let separator = current
        guard separator == 45 || separator == 47 || separator == 46 else { throw error("expected '-' in \(what()) (YYYY-MM-DD)") }
        position += 1
        let month = try shortNumber(2, "the month in \(what())")
        try expect(separator, "'\(Character(UnicodeScalar(separator)))' in \(what())")
        let day = try shortNumber(2, "the day in \(what())")
        return try validDay(year, month, day, from: start)
    }

    /// Any of `YYYY-MM-DD` (also `/` or `.`), `YYYYMMDD`, `DD.MM.YYYY` and US `M/D/YYYY`, told
    /// apart by where the first separator falls.
    @inline(__always) mutating func anyDate(_ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        var digits = 0
        while position + digits < end, base[position + digits] &- 48 < 10 { digits += 1 }
        if digits == 4 { return try yearFirstDate(what()) }
        if digits == 8 { return try compactDate(what()) }
        return try dayFirstDate(what())
    }

    /// `YYYYMMDD`.
    @inline(__always) mutating func compactDate(_ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        let start = position
        let year = try fixedDigits(4, "\(what()) (YYYYMMDD)")
        let month = try fixedDigits(2, "the month in \(what()) (YYYYMMDD)")
        let day = try fixedDigits(2, "the day in \(what()) (YYYYMMDD)")
        return try validDay(year, month, day, from: start)
    }

    /// `D.M.YYYY` (also with `-`), or the US `M/D/YYYY` when the separator is `/`.
    @inline(__always) mutating func dayFirstDate(_ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        let start = position
        let first = try shortNumber(2, "\(what()) (DD.MM.YYYY or M/D/YYYY)")
        let separator = current
        guard separator == 46 || separator == 47 || separator == 45 else { throw error("expected '.' or '/' in \(what())") }
        position += 1
        let second = try shortNumber(2, "the month in \(what())")
        try expect(separator, "'\(Character(UnicodeScalar(separator)))' in \(what())")
        let year = try fixedDigits(4, "a four-digit year in \(what())")
        return separator == 47 ? try validDay(year, first, second, from: start) : try validDay(year, second, first, from: start)
    }

    /// `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff…` as nanoseconds of the day.
    @inline(__always) mutating func clockTime(_ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        let start = position
        let hour = try shortNumber(2, "\(what()) (HH:MM:SS)")
        try expect(58, "':' in \(what()) (HH:MM:SS)")
        let minute = try fixedDigits(2, "the minutes in \(what())")
        var second = 0
        var fraction: Int64 = 0
        if current == 58 {
            position += 1
            second = try fixedDigits(2, "the seconds in \(what())")
            if current == 46 {
                position += 1
                fraction = try fractionNanos("the fraction of a second in \(what())")
            }
        }
        return try validClock(hour, minute, second, fraction, from: start)
    }

    /// `HHMMSS` or, with `millis`, `HHMMSSmmm`.
    @inline(__always) mutating func compactClock(millis: Bool, _ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        let start = position
        let hour = try fixedDigits(2, "\(what()) (HHMMSS)")
        let minute = try fixedDigits(2, "the minutes in \(what())")
        let second = try fixedDigits(2, "the seconds in \(what())")
        let ms = millis ? try fixedDigits(3, "the milliseconds in \(what()) (HHMMSSmmm)") : 0
        return try validClock(hour, minute, second, Int64(ms) * 1_000_000, from: start)
    }

    /// Digits after a decimal point as nanoseconds (digits past the ninth are dropped).
    @inline(__always) mutating func fractionNanos(_ what: @autoclosure () -> String) throws(DataReadError) -> Int64 {
        var value: Int64 = 0
        var digits = 0
        while position < end, base[position] &- 48 < 10 {
            if digits < 9 { value = value * 10 + Int64(base[position] - 48) }
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw error("expected \(what())") }
        return digits < 9 ? value * FixedDecimal.power10[9 - digits] : value
    }

    /// One to `maxDigits` digits.
    @inline(__always) mutating func shortNumber(_ maxDigits: Int, _ what: @autoclosure () -> String) throws(DataReadError) -> Int {
        var value = 0
        var digits = 0
        while digits < maxDigits, position < end, base[position] &- 48 < 10 {
            value = value * 10 + Int(base[position] - 48)
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw error("expected \(what())") }
        return value
    }

    @inline(__always) mutating func validDay(_ year: Int, _ month: Int, _ day: Int, from start: Int) throws(DataReadError) -> Int {
        guard CivilCalendar.isValid(year: year, month: month, day: day) else {
            position = start
            throw error("\(year)-\(month)-\(day) is not a calendar date")
        }
        return CivilCalendar.days(year: year, month: month, day: day)
    }

    @inline(__always) mutating func validClock(_ hour: Int, _ minute: Int, _ second: Int, _ fraction: Int64,
                                               from start: Int) throws(DataReadError) -> Int64 {
        guard hour < 24, minute < 60, second < 61 else {
            position = start
            throw error("\(hour):\(minute):\(second) is not a time of day")
        }
        return Int64(hour * 3600 + minute * 60 + min(second, 59)) * 1_000_000_000 + fraction
    }
}
