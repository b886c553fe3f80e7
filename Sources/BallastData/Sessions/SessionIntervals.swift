import BallastCore

/// Expands a `SessionTemplate` into merged open intervals in UTC for one calendar year.
///
/// Works in local seconds first (windows minus daily breaks minus holidays), then converts
/// every edge through the zone rule, so DST moves the UTC edges and never the local ones.
enum SessionIntervals {
    typealias Span = (start: Int64, end: Int64)

    /// Local days added on each side of the year so that every interval touching the year is
    /// complete (windows last at most a week; zone offsets stay within a day).
    static let marginDays = 9

    /// Open intervals in UTC nanoseconds, flattened as `[start0, end0, start1, end1, ...]`,
    /// ascending, disjoint and non-touching. Edges within the UTC year are exact; the first
    /// and last edge may be cut by the generation margin.
    static func year(_ year: Int, template: SessionTemplate, zone: TimeZoneRule) -> [Int64] {
        let firstDay = CivilCalendar.days(year: year, month: 1, day: 1) - marginDays
        let lastDay = CivilCalendar.days(year: year + 1, month: 1, day: 1) + marginDays
        let range: Span = (Int64(firstDay) * 86_400, Int64(lastDay) * 86_400)
        let open = merge(windows(template, firstDay: firstDay, lastDay: lastDay))
        let closed = merge(closures(template, firstDay: firstDay, lastDay: lastDay))
        var utc: [Span] = []
        for span in subtract(open, closed) {
            let start = max(span.start, range.start), end = min(span.end, range.end)
            guard start < end else { continue }
            let from = nanos(zone.utcSeconds(fromLocal: start)), to = nanos(zone.utcSeconds(fromLocal: end))
            if from < to { utc.append((from, to)) }
        }
        return merge(utc).flatMap { [$0.start, $0.end] }
    }

    /// Every weekly window of every week overlapping the day range, in local seconds.
    private static func windows(_ template: SessionTemplate, firstDay: Int, lastDay: Int) -> [Span] {
        var spans: [Span] = []
        let firstSunday = firstDay - CivilCalendar.weekday(fromDays: firstDay) - 7
        for sunday in stride(from: firstSunday, through: lastDay, by: 7) {
            for window in template.windows {
                let start = Int64(sunday) * 86_400 + Int64(window.open.minuteOfWeek) * 60
                spans.append((start, start + Int64(window.minutes) * 60))
            }
        }
        return spans
    }

    /// Daily breaks and holidays over the day range, in local seconds.
    private static func closures(_ template: SessionTemplate, firstDay: Int, lastDay: Int) -> [Span] {
        var spans: [Span] = []
        for day in (firstDay - 1)...lastDay {
            let midnight = Int64(day) * 86_400
            for pause in template.dailyBreaks {
                let end = pause.end > pause.start ? pause.end : pause.end + 1440
                spans.append((midnight + Int64(pause.start) * 60, midnight + Int64(end) * 60))
            }
        }
        for holiday in template.holidays where holiday.day >= firstDay - 1 && holiday.day <= lastDay {
            let midnight = Int64(holiday.day) * 86_400
            spans.append((midnight + Int64(holiday.closedFrom) * 60, midnight + Int64(holiday.closedUntil) * 60))
        }
        return spans
    }

    /// Sorted union; touching spans join.
    static func merge(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start < span.end {
            if let last = out.last, span.start <= last.end {
                out[out.count - 1].end = max(last.end, span.end)
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// `open` minus `closed`; both sorted and merged.
    static func subtract(_ open: [Span], _ closed: [Span]) -> [Span] {
        var out: [Span] = []
        var first = 0
        for span in open {
            var start = span.start
            while first < closed.count && closed[first].end <= start { first += 1 }
            var k = first
            while k < closed.count && closed[k].start < span.end && start < span.end {
                if closed[k].start > start { out.append((start, closed[k].start)) }
                start = max(start, closed[k].end)
                k += 1
            }
            if start < span.end { out.append((start, span.end)) }
        }
        return out
    }

    /// Seconds to nanoseconds, saturating at the ends of `Timestamp`'s range.
    static func nanos(_ seconds: Int64) -> Int64 {
        let (value, overflow) = seconds.multipliedReportingOverflow(by: Timestamp.nanosPerSecond)
        return overflow ? (seconds < 0 ? Int64.min : Int64.max) : value
    }
}
