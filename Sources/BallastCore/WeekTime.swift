

/// A weekday and a local time of day, to the minute.
public struct WeekTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let weekday: Weekday
    /// Minutes after local midnight, 0..<1440.
    public let minuteOfDay: Int

    public init(_ weekday: Weekday, minuteOfDay: Int) {
        precondition((0..<1440).contains(minuteOfDay), "minute of day \(minuteOfDay) outside 0..<1440")
        self.weekday = weekday
        self.minuteOfDay = minuteOfDay
    }

    public init(_ weekday: Weekday, hour: Int, minute: Int = 0) {
        self.init(weekday, minuteOfDay: hour * 60 + minute)
    }

    /// Parses `Sun 17:00` (any weekday spelling `Weekday(name:)` accepts); nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = Weekday(name: String(parts[0])),
              let minute = SessionClock.minutes(String(parts[1])), minute < 1440 else { return nil }
        self.init(day, minuteOfDay: minute)
    }

    /// Minutes after Sunday 00:00.
    public var minuteOfWeek: Int { weekday.rawValue * 1440 + minuteOfDay }

    public static func < (lhs: WeekTime, rhs: WeekTime) -> Bool { lhs.minuteOfWeek < rhs.minuteOfWeek }

    public var description: String { weekday.shortName + " " + SessionClock.text(minuteOfDay) }
}
