import BallastCore

/// Asks a calendar about spans of time by sampling `isOpen(at:)`.
///
/// Sampling every 15 minutes (or the span, if shorter) catches any session boundary on a
/// quarter hour, which covers real exchanges; each question stops at the first open sample.
///
/// The probe remembers the span of constant state around its last answer (the calendar's
/// `nextChange(after:)`), so a scan over rows in time order asks the calendar about twice per
/// session instead of once per row, and never calls through the existential in between.
struct SessionProbe {
    let calendar: any TradingCalendar
    /// Shift applied to every instant asked about (used to test other time zones).
    let shift: Int64
    /// `isOpen` is `spanOpen` for every unshifted instant of `spanStart..<spanEnd`.
    private var spanStart: Int64 = 1
    private var spanEnd: Int64 = 0
    private var spanOpen = false

    static let sampleStep: Int64 = 15 * 60 * Timestamp.nanosPerSecond

    init(calendar: any TradingCalendar, shift: Int64 = 0) {
        self.calendar = calendar
        self.shift = shift
    }

    /// Whether the market is open at any sampled instant of `[start, start + length)`.
    mutating func isOpen(from start: Int64, length: Int64) -> Bool {
        let step = max(min(length, Self.sampleStep), 1)
        var t = start
        while t < start + length {
            if isOpen(at: t) { return true }
            t += step
        }
        return false
    }

    /// Whether the market is open at the instant `time`.
    mutating func isOpen(at time: Int64) -> Bool {
        if time >= spanStart && time < spanEnd { return spanOpen }
        return learn(time)
    }

    /// The first index from `start` on whose time the market is closed at. Rows inside one
    /// session cost two comparisons each: that is most rows of a series.
    mutating func firstClosed(in times: UnsafeBufferPointer<Int64>, from start: Int) -> Int {
        var i = start
        while i < times.count, isOpen(at: times[i]) {
            let (from, to) = (spanStart, spanEnd)
            i += 1
            while i < times.count, times[i] >= from, times[i] < to { i += 1 }
        }
        return i
    }

    /// The state at `time` and the instant until which it holds at least (exclusive).
    mutating func state(at time: Int64) -> (open: Bool, until: Int64) {
        let open = isOpen(at: time)
        return (open, spanEnd)
    }

    /// Approximate open time in `(start, end)`, sampled every `step`, stopping once it exceeds `enough`.
    mutating func openTime(from start: Int64, to end: Int64, step: Int64, enough: Int64) -> Int64 {
        var open: Int64 = 0
        var t = start + step / 2
        while t < end, open <= enough {
            let (isOpen, until) = state(at: t)
            if isOpen {
                open += step
                t += step
            } else {
                // Closed samples add nothing: jump to the first one the calendar may see open.
                guard until < end else { break }
                t += (until - t + step - 1) / step * step
            }
        }
        return open
    }

    /// Asks the calendar about `time` and remembers how long its answer holds.
    private mutating func learn(_ time: Int64) -> Bool {
        let shifted = Timestamp(nanoseconds: time + shift)
        spanOpen = calendar.isOpen(at: shifted)
        let (end, overflow) = calendar.nextChange(after: shifted).nanoseconds.subtractingReportingOverflow(shift)
        spanStart = time
        spanEnd = overflow ? .max : max(end, time + 1)
        return spanOpen
    }
}
