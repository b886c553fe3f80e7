

/// A dated closure in a session's local time: the whole day, an early close or a late open.
public struct SessionHoliday: Hashable, Sendable, CustomStringConvertible {
    /// The local date as days since 1970-01-01.
    public let day: Int
    /// Closed from this local minute of the day...
    public let closedFrom: Int
    /// ...until this one (1440 is the end of the day).
    public let closedUntil: Int

    public init(year: Int, month: Int, day: Int, closedFrom: Int = 0, closedUntil: Int = 1440) throws(InstrumentSpecError) {
        guard CivilCalendar.isValid(year: year, month: month, day: day) else {
            throw InstrumentSpecError(field: "date", "\(year)-\(month)-\(day) is not a calendar date")
        }
        guard (0...1440).contains(closedFrom), (0...1440).contains(closedUntil), closedFrom < closedUntil else {
            throw InstrumentSpecError(field: "hours", "closed \(closedFrom)...\(closedUntil) minutes is not a span of one day")
        }
        self.day = CivilCalendar.days(year: year, month: month, day: day)
        self.closedFrom = closedFrom
        self.closedUntil = closedUntil
    }

    /// Closed all day.
    public static func closed(_ year: Int, _ month: Int, _ day: Int) throws(InstrumentSpecError) -> SessionHoliday {
        try SessionHoliday(year: year, month: month, day: day)
    }

    /// Open as usual until `hour:minute` local, then closed for the rest of the day.
    public static func earlyClose(_ year: Int, _ month: Int, _ day: Int, hour: Int, minute: Int = 0) throws(InstrumentSpecError) -> SessionHoliday {
        try SessionHoliday(year: year, month: month, day: day, closedFrom: hour * 60 + minute)
    }

    /// Closed from midnight until `hour:minute` local, then as usual.
    public static func lateOpen(_ year: Int, _ month: Int, _ day: Int, hour: Int, minute: Int = 0) throws(InstrumentSpecError) -> SessionHoliday {
        try SessionHoliday(year: year, month: month, day: day, closedUntil: hour * 60 + minute)
    }

    public var description: String {
        let (y, m, d) = CivilCalendar.date(fromDays: day)
        let date = String(y) + "-" + SessionClock.pad(m) + "-" + SessionClock.pad(d)
        if closedFrom == 0 && closedUntil == 1440 { return date + " closed" }
        return date + " closed " + SessionClock.text(closedFrom) + "-" + SessionClock.text(closedUntil)
    }
}
