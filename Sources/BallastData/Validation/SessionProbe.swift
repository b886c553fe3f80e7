import BallastCore

/// Asks a calendar about spans of time by sampling `isOpen(at:)`.
///
/// Sampling every 15 minutes (or the span, if shorter) catches any session boundary on a
/// quarter hour, which covers real exchanges; each question stops at the first open sample.
struct SessionProbe {
    let calendar: any TradingCalendar
    /// Shift applied to every instant asked about (used to test other time zones).
    var shift: Int64 = 0

    static let sampleStep: Int64 = 15 * 60 * Timestamp.nanosPerSecond

    /// Whether the market is open at any sampled instant of `[start, start + length)`.
    func isOpen(from start: Int64, length: Int64) -> Bool {
        let step = max(min(length, Self.sampleStep), 1)
        var t = start
        while t < start + length {
            if calendar.isOpen(at: Timestamp(nanoseconds: t + shift)) { return true }
            t += step
        }
        return false
    }

    /// Whether the market is open at the instant `time`.
    func isOpen(at time: Int64) -> Bool { calendar.isOpen(at: Timestamp(nanoseconds: time + shift)) }

    /// Approximate open time in `(start, end)`, sampled every `step`, stopping once it exceeds `enough`.
    func openTime(from start: Int64, to end: Int64, step: Int64, enough: Int64) -> Int64 {
        var open: Int64 = 0
        var t = start + step / 2
        while t < end, open <= enough {
            if isOpen(at: t) { open += step }
            t += step
        }
        return open
    }
}
