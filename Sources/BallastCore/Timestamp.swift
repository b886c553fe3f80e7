/// An instant in UTC, as integer nanoseconds since the Unix epoch.
///
/// Integer time keeps the engine deterministic and makes bucketing exact. Range: years 1678...2262.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let nanosPerSecond: Int64 = 1_000_000_000
    public static let nanosPerDay: Int64 = 86_400 * nanosPerSecond

    public var nanoseconds: Int64

    @inlinable
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    @inlinable
    public init(seconds: Int64) { self.nanoseconds = seconds * Timestamp.nanosPerSecond }

    /// The instant for a UTC calendar date and time of day.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, nanosecond: Int = 0) {
        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        let secs = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.nanoseconds = secs * Timestamp.nanosPerSecond + Int64(nanosecond)
    }

    /// Whole seconds since the epoch, rounded toward negative infinity.
    @inlinable
    public var seconds: Int64 { floorDiv(nanoseconds, Timestamp.nanosPerSecond) }

    /// Days since 1970-01-01 (UTC).
    @inlinable
    public var days: Int { Int(floorDiv(nanoseconds, Timestamp.nanosPerDay)) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    public static func + (lhs: Timestamp, rhs: Int64) -> Timestamp { Timestamp(nanoseconds: lhs.nanoseconds + rhs) }

    public var description: String { iso8601 }
}

/// Floor division for signed integers (Swift's `/` truncates toward zero).
@inlinable
public func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
