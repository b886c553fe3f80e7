import BallastCore

/// Short text for durations and prices in messages.
enum ValidationText {
    static func price(_ raw: Int64, digits: Int) -> String {
        raw == TickColumns.missing ? "none" : Price(raw: raw).formatted(digits: digits)
    }

    static func time(_ nanoseconds: Int64) -> String { Timestamp(nanoseconds: nanoseconds).iso8601 }

    /// "3 days 2 h", "5 h 30 min", "45 min", "20 s".
    static func duration(_ nanoseconds: Int64) -> String {
        let seconds = nanoseconds / Timestamp.nanosPerSecond
        let days = seconds / 86_400, hours = seconds % 86_400 / 3600, minutes = seconds % 3600 / 60
        if days > 0 { return "\(days) day\(days == 1 ? "" : "s")" + (hours > 0 ? " \(hours) h" : "") }
        if hours > 0 { return "\(hours) h" + (minutes > 0 ? " \(minutes) min" : "") }
        if minutes > 0 { return "\(minutes) min" }
        return "\(seconds) s"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// "1 bar", "3 bars".
    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// "1 bar has", "3 bars have".
    static func plural(_ n: Int, _ noun: String, _ one: String, _ many: String) -> String {
        plural(n, noun) + " " + (n == 1 ? one : many)
    }
}
