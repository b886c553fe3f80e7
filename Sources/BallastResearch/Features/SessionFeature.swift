import BallastCore
import BallastData

/// Session flags (1 or 0) for the instant each bar opens: `session_<name>` for each session,
/// and `overlap_<a>_<b>` when sessions `a` and `b` are both open (London/New York). Sessions are
/// local hours Monday to Friday in their own zones, so they follow daylight saving. Always ready.
public struct SessionFeature: FeatureCalculator {
    private struct Resolved: Sendable {
        var zone: ZoneOffsetCursor
        var open: Int64
        var close: Int64
    }

    public let columnNames: [String]
    private var sessions: [Resolved]
    private let overlaps: [(Int, Int)]
    private var flags: [Double]

    /// Throws for an unknown zone, a time that is not `HH:MM`, or an overlap naming an unknown session.
    public init(sessions: [SessionHours], overlaps: [[String]]) throws(FeatureSpecError) {
        var resolved: [Resolved] = []
        for (i, s) in sessions.enumerated() {
            guard let rule = TimeZoneRule.named(s.timeZone) else {
                throw FeatureSpecError("sessions[\(i)].timeZone", "unknown time zone '\(s.timeZone)'")
            }
            guard let open = SessionClock.minutes(s.open), let close = SessionClock.minutes(s.close), open != close else {
                throw FeatureSpecError("sessions[\(i)]", "open and close must be distinct HH:MM times")
            }
            resolved.append(Resolved(zone: ZoneOffsetCursor(rule), open: Int64(open) * 60, close: Int64(close) * 60))
        }
        var pairs: [(Int, Int)] = []
        for (i, pair) in overlaps.enumerated() {
            guard pair.count == 2, let a = sessions.firstIndex(where: { $0.name == pair[0] }),
                  let b = sessions.firstIndex(where: { $0.name == pair[1] }) else {
                throw FeatureSpecError("overlaps[\(i)]", "must name two of the sessions")
            }
            pairs.append((a, b))
        }
        self.sessions = resolved
        self.overlaps = pairs
        columnNames = sessions.map { "session_" + $0.name } + overlaps.map { "overlap_" + $0.joined(separator: "_") }
        flags = Array(repeating: .nan, count: columnNames.count)
    }

    public var isReady: Bool { true }

    public mutating func update(_ bar: Bar) {
        let utc = bar.time.seconds
        for i in sessions.indices {
            flags[i] = Self.isOpen(local: sessions[i].zone.local(utc), open: sessions[i].open, close: sessions[i].close) ? 1 : 0
        }
        for (k, pair) in overlaps.enumerated() {
            flags[sessions.count + k] = flags[pair.0] == 1 && flags[pair.1] == 1 ? 1 : 0
        }
    }

    public func value(_ column: Int) -> Double { flags[column] }

    /// Whether local time `local` (seconds) is inside a session that opens at `open` and closes
    /// at `close` (seconds after local midnight) on days that start Monday to Friday.
    static func isOpen(local: Int64, open: Int64, close: Int64) -> Bool {
        let day = floorDiv(local, 86_400), second = local - day * 86_400
        if open < close { return second >= open && second < close && isWeekday(day) }
        if second >= open { return isWeekday(day) }
        return second < close && isWeekday(day - 1)
    }

    private static func isWeekday(_ day: Int64) -> Bool { (1...5).contains(CivilCalendar.weekday(fromDays: Int(day))) }
}
