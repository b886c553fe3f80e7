import BallastCore

/// When the trading day starts: a local time of day in a zone (00:00 UTC; 17:00 New York for
/// the FX day). The daily-loss switch releases by itself at a roll, and the router measures
/// the day's PnL from the latest one.
public struct DayRoll: Sendable, Hashable, Codable, CustomStringConvertible {
    public var zone: TimeZoneRule
    /// Minutes after local midnight, in 0..<1440.
    public let minuteOfDay: Int

    /// Traps on an hour or minute out of range (callers validate input first).
    public init(zone: TimeZoneRule, hour: Int, minute: Int = 0) {
        precondition((0..<24).contains(hour) && (0..<60).contains(minute), "a day roll is a time of day")
        self.zone = zone
        minuteOfDay = hour * 60 + minute
    }

    /// 00:00 UTC.
    public static let utcMidnight = DayRoll(zone: .utc, hour: 0)

    /// The latest roll at or before `time`: the start of the trading day `time` is in.
    public func start(ofDayContaining time: Timestamp) -> Timestamp {
        Timestamp(seconds: rollUTC(day: day(containing: time.seconds)))
    }

    /// The first roll strictly after `time`: when the trading day `time` is in ends.
    public func next(after time: Timestamp) -> Timestamp {
        Timestamp(seconds: rollUTC(day: day(containing: time.seconds) + 1))
    }

    /// `America/New_York 17:00`.
    public var description: String { "\(zone.name) \(SessionClock.text(minuteOfDay))" }

    /// The local day number whose roll is the latest at or before `utc`. The local estimate is
    /// corrected by one day either way, since near a DST change the offset at `utc` need not be
    /// the offset at the roll.
    private func day(containing utc: Int64) -> Int64 {
        let local = utc + Int64(zone.offset(atUTC: utc))
        var day = floorDiv(local - Int64(minuteOfDay) * 60, 86_400)
        if rollUTC(day: day) > utc { day -= 1 } else if rollUTC(day: day + 1) <= utc { day += 1 }
        return day
    }

    private func rollUTC(day: Int64) -> Int64 {
        zone.utcSeconds(fromLocal: day * 86_400 + Int64(minuteOfDay) * 60)
    }
}
