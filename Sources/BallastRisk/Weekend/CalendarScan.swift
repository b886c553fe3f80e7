import BallastCore

/// Walks a `TradingCalendar` forward through its changes. Calendars that do not say when they
/// change (the protocol's default `nextChange`) are walked a minute at a time.
struct CalendarScan {
    static let fallbackStep: Int64 = 60 * Timestamp.nanosPerSecond

    let calendar: any TradingCalendar

    /// The first instant in `(time, limit]` at which the calendar is closed, or nil.
    func nextClose(after time: Timestamp, limit: Timestamp) -> Timestamp? {
        next(after: time, limit: limit) { !calendar.isOpen(at: $0) }
    }

    /// The first instant in `(time, limit]` at which the calendar is open, or nil.
    func nextOpen(after time: Timestamp, limit: Timestamp) -> Timestamp? {
        next(after: time, limit: limit) { calendar.isOpen(at: $0) }
    }

    private func next(after time: Timestamp, limit: Timestamp, where wanted: (Timestamp) -> Bool) -> Timestamp? {
        var t = time
        while t < limit {
            var n = calendar.nextChange(after: t)
            if n.nanoseconds <= t.nanoseconds + 1 { n = t + Self.fallbackStep }
            guard n <= limit else { return nil }
            if wanted(n) { return n }
            t = n
        }
        return nil
    }
}
