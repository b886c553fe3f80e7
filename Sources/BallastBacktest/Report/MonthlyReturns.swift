import BallastCore

/// Returns by calendar month (UTC), compounded from the equity curve.
public struct MonthlyReturns: Sendable, Equatable {
    /// One calendar month's compounded return.
    public struct Month: Sendable, Equatable, Codable {
        public var year: Int
        public var month: Int
        public var value: Double
    }

    public var months: [Month]

    public init(_ curve: PerformanceCurve) {
        var out: [Month] = []
        var start = curve.values.first ?? 0
        var last = start
        var current: (Int, Int)?
        for (t, v) in zip(curve.times, curve.values) {
            let (y, m, _) = CivilCalendar.date(fromDays: Int(floorDiv(t, Timestamp.nanosPerDay)))
            if let (cy, cm) = current, cy != y || cm != m {
                out.append(Month(year: cy, month: cm, value: start > 0 ? last / start - 1 : 0))
                start = last
            }
            current = (y, m)
            last = v
        }
        if let (cy, cm) = current { out.append(Month(year: cy, month: cm, value: start > 0 ? last / start - 1 : 0)) }
        months = out
    }

    /// The years covered, ascending.
    public var years: [Int] { Array(Set(months.map(\.year))).sorted() }

    public func value(year: Int, month: Int) -> Double? {
        months.first { $0.year == year && $0.month == month }?.value
    }
}
