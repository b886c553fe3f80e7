import BallastCore
import Foundation

/// The mutable memory behind a `SessionCalendar`: open intervals per UTC year, computed on
/// first use, and the constant-state span around the last instant asked about.
///
/// Validation asks `isOpen` once per bar in time order, so nearly every call is answered by
/// the cached span with two comparisons. A lock makes the shared cache safe to use from
/// several tasks; it is uncontended in the common single-reader case.
final class SessionSchedule: @unchecked Sendable {
    let template: SessionTemplate
    let zone: TimeZoneRule
    /// The year after the last holiday: from then on only the weekly pattern changes state.
    private let lastHolidayYear: Int
    private let lock = NSLock()
    private var years: [Int: [Int64]] = [:]
    private var spanStart: Int64 = 1
    private var spanEnd: Int64 = 0
    private var spanOpen = false
    /// Whether `spanEnd` is a real change rather than the end of the year's table.
    private var spanEndChanges = false

    init(template: SessionTemplate, zone: TimeZoneRule) {
        self.template = template
        self.zone = zone
        lastHolidayYear = template.holidays.last.map { CivilCalendar.date(fromDays: $0.day + 1).year } ?? Int.min
    }

    func isOpen(_ t: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if t >= spanStart && t < spanEnd { return spanOpen }
        return refill(t)
    }

    /// The first instant after `t` at which the state differs from the state at `t`.
    func nextChange(after t: Int64) -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        if t >= spanStart && t < spanEnd && spanEndChanges { return spanEnd }
        let firstYear = Self.year(of: t)
        // The weekly pattern repeats, so a full year past both `t` and the last holiday
        // without a change means there will never be one (a market open or closed for good).
        let lastYear = min(2262, max(firstYear + 1, lastHolidayYear + 1))
        var year = firstYear
        var from = t
        while year <= lastYear {
            let edges = intervals(year)
            let (yearStart, yearEnd) = Self.bounds(year)
            from = max(from, yearStart - 1)
            let index = Self.firstIndex(in: edges, above: from)
            if index < edges.count && edges[index] < yearEnd { return edges[index] }
            year += 1
        }
        return Int64.max
    }

    /// Looks `t` up in its year's intervals and caches the constant span around it (clipped to
    /// the year, whose edges are the only ones known to be exact).
    private func refill(_ t: Int64) -> Bool {
        let year = Self.year(of: t)
        let edges = intervals(year)
        let (yearStart, yearEnd) = Self.bounds(year)
        let index = Self.firstIndex(in: edges, above: t)
        let open = index % 2 == 1
        spanStart = max(index > 0 ? edges[index - 1] : Int64.min, yearStart)
        spanEnd = min(index < edges.count ? edges[index] : Int64.max, yearEnd)
        spanOpen = open
        spanEndChanges = index < edges.count && edges[index] < yearEnd
        return open
    }

    private func intervals(_ year: Int) -> [Int64] {
        if let cached = years[year] { return cached }
        let computed = SessionIntervals.year(year, template: template, zone: zone)
        years[year] = computed
        return computed
    }

    /// Index of the first edge strictly greater than `t`; odd means `t` is inside an interval.
    private static func firstIndex(in edges: [Int64], above t: Int64) -> Int {
        var lo = 0, hi = edges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if edges[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static func year(of t: Int64) -> Int {
        CivilCalendar.date(fromDays: Timestamp(nanoseconds: t).days).year
    }

    /// UTC nanoseconds of the year's first instant and of the next year's.
    private static func bounds(_ year: Int) -> (Int64, Int64) {
        let start = Int64(CivilCalendar.days(year: year, month: 1, day: 1)) * 86_400
        let end = Int64(CivilCalendar.days(year: year + 1, month: 1, day: 1)) * 86_400
        return (SessionIntervals.nanos(start), SessionIntervals.nanos(end))
    }
}
