import BallastCore

extension DayRoll {
    /// Parses `<zone> HH:MM` (`America/New_York 17:00`, `UTC 00:00`) at `key` of `r`.
    static func read(_ r: ConfigReader, _ key: String, zones: TimeZoneResolver) throws -> DayRoll? {
        guard let text = try r.text(key) else { return nil }
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        // Exactly HH:MM (SessionClock also takes 9:30 and 24:00, which a roll does not).
        guard parts.count == 2, parts[1].utf8.count == 5, let minutes = SessionClock.minutes(String(parts[1])), minutes < 1440 else {
            throw r.fail(key, text, "expected a zone and a local time, such as \"America/New_York 17:00\"")
        }
        guard let zone = zones.resolve(String(parts[0])) else {
            throw r.fail(key, text, "unknown time zone \(parts[0])"
                + (zones.resolve("America/New_York") == nil ? " (only UTC is known without a time zone resolver)" : ""))
        }
        return DayRoll(zone: zone, hour: minutes / 60, minute: minutes % 60)
    }
}
