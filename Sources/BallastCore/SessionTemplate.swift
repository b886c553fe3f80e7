

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
