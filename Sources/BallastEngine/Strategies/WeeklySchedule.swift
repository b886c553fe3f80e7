import BallastCore

/// Windows of the UTC week, written `days@HH:MM-HH:MM` and joined with `;`:
/// `mon-fri@07:00-11:00`, `tue,thu@13:30-16:00`, `*@22:00-02:00` (every day, across midnight),
/// `fri@20:00-24:00`. Days are `*`, a list (`mon,wed`) and/or ranges (`mon-thu`, `sat-mon`);
/// a window whose end is not after its start runs into the next day. Compiled to a table of the
/// week's 10,080 minutes, so a lookup is O(1).
public struct WeeklySchedule: Sendable, Hashable {
    public static let minutesPerWeek = 7 * 1440
    /// The text it was parsed from.
    public let text: String
    @usableFromInline var minutes: [Bool]

    /// Parses `text` (empty is an empty schedule); the error names what is wrong.
    public init(_ text: String) throws(ScheduleError) {
        self.text = text
        minutes = Array(repeating: false, count: Self.minutesPerWeek)
        for part in text.split(separator: ";") {
            let window = String(part).trimmingSpaces
            if window.isEmpty { continue }
            try add(window)
        }
    }

    /// Whether `time` (UTC) falls in one of the windows.
    @inlinable
    public func contains(_ time: Timestamp) -> Bool { minutes[Self.minuteOfWeek(time)] }

    /// Whether two schedules share any minute.
    public func overlaps(_ other: WeeklySchedule) -> Bool {
        zip(minutes, other.minutes).contains { $0 && $1 }
    }

    /// Minutes since Sunday 00:00 UTC.
    @inlinable
    public static func minuteOfWeek(_ time: Timestamp) -> Int {
        let day = floorDiv(time.nanoseconds, Timestamp.nanosPerDay)
        let minuteOfDay = Int((time.nanoseconds - day * Timestamp.nanosPerDay) / (60 * Timestamp.nanosPerSecond))
        let weekday = Int((day + 4) % 7 + 7) % 7  // 1970-01-01 was a Thursday (4)
        return weekday * 1440 + minuteOfDay
    }

    private mutating func add(_ window: String) throws(ScheduleError) {
        let halves = window.split(separator: "@", omittingEmptySubsequences: false)
        guard halves.count == 2 else { throw ScheduleError(window: window, problem: "expected days@HH:MM-HH:MM") }
        let days = try Self.days(String(halves[0]), in: window)
        let times = halves[1].split(separator: "-", omittingEmptySubsequences: false)
        guard times.count == 2, let start = SessionClock.minutes(String(times[0])), let end = SessionClock.minutes(String(times[1])),
              start < 1440 else {
            throw ScheduleError(window: window, problem: "expected a time span HH:MM-HH:MM (00:00 to 24:00)")
        }
        let length = end > start ? end - start : end + 1440 - start
        for day in days {
            for minute in 0..<length { minutes[(day * 1440 + start + minute) % Self.minutesPerWeek] = true }
        }
    }

    private static func days(_ text: String, in window: String) throws(ScheduleError) -> [Int] {
        if text == "*" || text == "daily" { return Array(0..<7) }
        var days: [Int] = []
        for item in text.split(separator: ",") {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count), let first = Weekday(name: String(ends[0])),
                  let last = Weekday(name: String(ends[ends.count - 1])) else {
                throw ScheduleError(window: window, problem: "'\(item)' is not a day or range of days (mon, mon-fri, *)")
            }
            var day = first.rawValue
            while true {
                if !days.contains(day) { days.append(day) }
                if day == last.rawValue { break }
                day = (day + 1) % 7
            }
        }
        guard !days.isEmpty else { throw ScheduleError(window: window, problem: "no days given") }
        return days
    }
}

/// A schedule window that could not be read.
public struct ScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    public var window: String
    public var problem: String

    public var description: String { "schedule window '\(window)': \(problem)" }
}
