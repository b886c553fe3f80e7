import BallastCore

/// FX hours in UTC for tests: closed from Friday 22:00 to Sunday 22:00, and for a daily break
/// 22:00–23:00 Monday to Thursday. Uses the protocol's default `nextChange` (no promise), so
/// the weekend scan walks it a minute at a time.
struct FXTestCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool {
        let weekday = CivilCalendar.weekday(fromDays: time.days)  // Sunday = 0
        let minute = Int((time.nanoseconds - Int64(time.days) * Timestamp.nanosPerDay) / 60_000_000_000)
        let closeMinute = 22 * 60
        switch weekday {
        case 6: return false
        case 5: return minute < closeMinute
        case 0: return minute >= closeMinute
        default: return !(closeMinute..<closeMinute + 60).contains(minute)
        }
    }
}

/// Always closed (a market on holiday).
struct ClosedCalendar: TradingCalendar {
    func isOpen(at time: Timestamp) -> Bool { false }
}
