/// A pure description of when a market trades, in its own local time: weekly open windows,
/// daily breaks inside them, and dated holidays.
///
/// `BallastData.SessionCalendar` turns a template into UTC instants; keeping the template a
/// plain value lets catalogs, broker overrides and tests build and compare sessions freely.
public struct SessionTemplate: Hashable, Sendable, CustomStringConvertible {
    /// A label for messages and catalogs (`fx`, `cme-globex`).
    public let name: String
    /// The zone the times are written in, as `TimeZoneRule.named` accepts it (`America/New_York`).
    public let timeZone: String
    /// Weekly open windows; their union is the open time before breaks and holidays.
    public let windows: [SessionWindow]
    /// Local times of day closed on every day, even inside a window.
    public let dailyBreaks: [DailyBreak]
    /// Dated closures, full-day or partial, in local time.
    public let holidays: [SessionHoliday]

    public init(
        name: String, timeZone: String, windows: [SessionWindow],
        dailyBreaks: [DailyBreak] = [], holidays: [SessionHoliday] = []
    ) throws(InstrumentSpecError) {
        try Instrument.checkName(name, field: "name")
        guard !timeZone.isEmpty else { throw InstrumentSpecError(field: "timeZone", "must not be empty") }
        self.name = name
        self.timeZone = timeZone
        self.windows = windows
        self.dailyBreaks = dailyBreaks
        self.holidays = holidays.sorted { ($0.day, $0.closedFrom) < ($1.day, $1.closedFrom) }
    }

    /// The same template with other holidays (a user's calendar replacing the shipped one).
    public func replacingHolidays(_ holidays: [SessionHoliday]) -> SessionTemplate {
        // The other fields were validated already, so the re-init cannot throw.
        (try? SessionTemplate(name: name, timeZone: timeZone, windows: windows, dailyBreaks: dailyBreaks, holidays: holidays)) ?? self
    }

    /// True when the weekly pattern alone never closes (one full-week window, no breaks):
    /// only holidays can close such a market.
    public var isOpenAllWeek: Bool {
        dailyBreaks.isEmpty && windows.contains { $0.open == $0.close }
    }

    public var description: String { "\(name) (\(timeZone))" }

    /// Round-the-clock trading, every day (crypto).
    public static let alwaysOpen: SessionTemplate = {
        let midnight = WeekTime(.sunday, minuteOfDay: 0)
        return (try? SessionTemplate(name: "always-open", timeZone: "UTC", windows: [SessionWindow(open: midnight, close: midnight)]))!
    }()
}

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

/// One weekly open span. A `close` at or before `open` runs into the next week; equal
/// times mean the whole week.
public struct SessionWindow: Hashable, Sendable {
    public let open: WeekTime
    public let close: WeekTime

    public init(open: WeekTime, close: WeekTime) {
        self.open = open
        self.close = close
    }

    /// Length in minutes, 1...10080.
    public var minutes: Int {
        let span = close.minuteOfWeek - open.minuteOfWeek
        return span > 0 ? span : span + 7 * 1440
    }
}

/// A closed span repeated every local day. `end` at or before `start` runs past midnight.
public struct DailyBreak: Hashable, Sendable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) throws(InstrumentSpecError) {
        guard (0..<1440).contains(start), (0...1440).contains(end), start != end else {
            throw InstrumentSpecError(field: "break", "\(start)...\(end) minutes is not a break within a day")
        }
        self.start = start
        self.end = end
    }

    /// Parses `17:00-18:00`.
    public init(parsing text: String) throws(InstrumentSpecError) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = SessionClock.minutes(String(parts[0])),
              let end = SessionClock.minutes(String(parts[1])) else {
            throw InstrumentSpecError(field: "break", "\"\(text)\" is not HH:MM-HH:MM")
        }
        try self.init(start: start, end: end)
    }

    public var description: String { SessionClock.text(start) + "-" + SessionClock.text(end) }
}
