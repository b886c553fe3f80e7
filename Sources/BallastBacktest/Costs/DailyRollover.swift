import BallastCore

/// The instant each trading day ends: a local time of day in a zone (MT5 servers roll over at
/// 00:00 server time; FX sessions at 17:00 New York). Day orders expire and swaps are charged
/// there. The default is 00:00 UTC.
public struct DailyRollover: Sendable, Hashable {
    public let zone: TimeZoneRule
    /// Minutes after local midnight, 0..<1440.
    public let minuteOfDay: Int

    public init(zone: TimeZoneRule = .utc, minuteOfDay: Int = 0) {
        precondition((0..<1440).contains(minuteOfDay), "minute of day \(minuteOfDay) outside 0..<1440")
        self.zone = zone
        self.minuteOfDay = minuteOfDay
    }

    public static let utcMidnight = DailyRollover()

    /// The first rollover strictly after `time`.
    public func next(after time: Timestamp) -> Timestamp {
        let utc = time.seconds
        let shift = Int64(minuteOfDay * 60)
        // Local seconds counted from the rollover time of day, so day boundaries fall on multiples of 86,400.
        let local = utc + Int64(zone.offset(atUTC: utc)) - shift
        var day = floorDiv(local, 86_400) + 1
        while true {
            let candidate = zone.utcSeconds(fromLocal: day * 86_400 + shift)
            if candidate > utc { return Timestamp(seconds: candidate) }
            day += 1
        }
    }

    /// The weekday of the trading day that ends at `rollover` (local time just before it).
    public func weekdayEnding(at rollover: Timestamp) -> Weekday {
        let before = rollover.seconds - 1
        let local = before + Int64(zone.offset(atUTC: before)) - Int64(minuteOfDay * 60)
        return Weekday(rawValue: CivilCalendar.weekday(fromDays: Int(floorDiv(local, 86_400))))!
    }
}
