/// Bar periods as MetaTrader 5 names them.
///
/// Bucketing follows MT5's bar open times on the *server clock*: intraday bars open at
/// multiples of their length from midnight, D1 at midnight, W1 on Sunday 00:00, MN1 on the
/// first of the month. Callers pass server-clock seconds (UTC plus the server's offset).
public enum Timeframe: String, CaseIterable, Sendable, Codable, Comparable {
    case m1 = "M1", m5 = "M5", m15 = "M15", m30 = "M30", h1 = "H1", h4 = "H4", d1 = "D1", w1 = "W1", mn1 = "MN1"

    /// The nominal length in seconds (30 days for MN1, whose real length varies).
    public var seconds: Int64 {
        switch self {
        case .m1: 60
        case .m5: 300
        case .m15: 900
        case .m30: 1800
        case .h1: 3600
        case .h4: 14_400
        case .d1: 86_400
        case .w1: 604_800
        case .mn1: 2_592_000
        }
    }

    /// Parses `M1`, `m1`, `1m`, `1min`, `H1`, `1h`, `60`, `D1`, `1d`, `daily`, `W1`, `MN1`, `monthly`...
    public init?(parsing text: String) {
        let key = text.lowercased()
        let aliases: [String: Timeframe] = [
            "m1": .m1, "1m": .m1, "1min": .m1, "1": .m1, "minute": .m1,
            "m5": .m5, "5m": .m5, "5min": .m5, "5": .m5,
            "m15": .m15, "15m": .m15, "15min": .m15, "15": .m15,
            "m30": .m30, "30m": .m30, "30min": .m30, "30": .m30,
            "h1": .h1, "1h": .h1, "60": .h1, "hourly": .h1, "1hour": .h1,
            "h4": .h4, "4h": .h4, "240": .h4,
            "d1": .d1, "1d": .d1, "daily": .d1, "day": .d1, "d": .d1,
            "w1": .w1, "1w": .w1, "weekly": .w1, "w": .w1,
            "mn1": .mn1, "mn": .mn1, "1mo": .mn1, "monthly": .mn1, "month": .mn1,
        ]
        guard let timeframe = aliases[key] else { return nil }
        self = timeframe
    }

    /// The open time (server-clock seconds) of the bar that contains `localSeconds`.
    @inlinable
    public func bucketStart(localSeconds: Int64) -> Int64 {
        switch self {
        case .w1:
            let day = floorDiv(localSeconds, 86_400)
            let weekday = Int64(CivilCalendar.weekday(fromDays: Int(day)))
            return (day - weekday) * 86_400
        case .mn1:
            let (y, m, _) = CivilCalendar.date(fromDays: Int(floorDiv(localSeconds, 86_400)))
            return Int64(CivilCalendar.days(year: y, month: m, day: 1)) * 86_400
        default:
            return floorDiv(localSeconds, seconds) * seconds
        }
    }

    /// Whether every bar of `self` is made of whole bars of `other` (M5 → H1 yes, H1 → M5 no).
    public func isMultiple(of other: Timeframe) -> Bool {
        guard self >= other else { return false }
        switch (self, other) {
        case (.mn1, .w1): return false
        case (.mn1, _), (.w1, _): return other.seconds <= 86_400
        default: return seconds % other.seconds == 0
        }
    }

    public static func < (lhs: Timeframe, rhs: Timeframe) -> Bool { lhs.seconds < rhs.seconds }
}
