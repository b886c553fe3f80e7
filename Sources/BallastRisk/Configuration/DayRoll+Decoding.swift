import BallastCore

extension DayRoll {
    /// Parses `<zone> HH:MM` (`America/New_York 17:00`, `UTC 00:00`) at `key` of `r`.
    static func read(_ r: ConfigReader, _ key: String, zones: TimeZoneResolver) throws -> DayRoll? {
        guard let text = try r.text(key) else { return nil }
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let (hour, minute) = clock(parts[1]) else {
            throw r.fail(key, text, "expected a zone and a local time, such as \"America/New_York 17:00\"")
        }
        guard let zone = zones.resolve(String(parts[0])) else {
            throw r.fail(key, text, "unknown time zone \(parts[0])"
                + (zones.resolve("America/New_York") == nil ? " (only UTC is known without a time zone resolver)" : ""))
        }
        return DayRoll(zone: zone, hour: hour, minute: minute)
    }

    /// `HH:MM` with 00 ≤ HH ≤ 23 and 00 ≤ MM ≤ 59.
    private static func clock(_ text: Substring) -> (Int, Int)? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2, fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60 else { return nil }
        return (hour, minute)
    }
}
