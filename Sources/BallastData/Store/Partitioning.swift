import BallastCore

/// The calendar period a partition covers.
public enum Partitioning: String, Sendable, Codable {
    case year, month, single

    /// The label of the period holding `nanoseconds` (`2025`, `2025-01`, `all`) and the UTC
    /// nanosecond at which the next period starts.
    public func period(containing nanoseconds: Int64) -> (label: String, end: Int64) {
        let (y, m, _) = CivilCalendar.date(fromDays: Int(floorDiv(nanoseconds, Timestamp.nanosPerDay)))
        switch self {
        case .single:
            return ("all", Int64.max)
        case .year:
            return (Self.digits(y, 4), Int64(CivilCalendar.days(year: y + 1, month: 1, day: 1)) * Timestamp.nanosPerDay)
        case .month:
            let next = m == 12 ? (y + 1, 1) : (y, m + 1)
            return (Self.digits(y, 4) + "-" + Self.digits(m, 2),
                    Int64(CivilCalendar.days(year: next.0, month: next.1, day: 1)) * Timestamp.nanosPerDay)
        }
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
