import BallastCore

/// A trading session as local wall-clock hours in its own time zone, Monday to Friday
/// (`london`, `Europe/London`, 08:00–17:00). The zone's daylight-saving rules move the session
/// in UTC, so a London session opens at 07:00 UTC in summer and 08:00 UTC in winter.
public struct SessionHours: Codable, Sendable, Hashable {
    /// Column-name label (`london` gives `session_london`).
    public var name: String
    /// Any name `TimeZoneRule.named` accepts (`Europe/London`, `America/New_York`, `UTC+2`).
    public var timeZone: String
    /// Local opening time, `HH:MM`.
    public var open: String
    /// Local closing time, `HH:MM` (exclusive); earlier than `open` means the session runs past
    /// midnight into the next local day.
    public var close: String

    public init(name: String, timeZone: String, open: String, close: String) {
        self.name = name
        self.timeZone = timeZone
        self.open = open
        self.close = close
    }

    public static let tokyo = SessionHours(name: "tokyo", timeZone: "Asia/Tokyo", open: "09:00", close: "18:00")
    public static let london = SessionHours(name: "london", timeZone: "Europe/London", open: "08:00", close: "17:00")
    public static let newYork = SessionHours(name: "newyork", timeZone: "America/New_York", open: "08:00", close: "17:00")
}
