import BallastCore
import Foundation

extension CatalogDecoder {
    static let sessionKeys: Set<String> = ["time_zone", "windows", "breaks", "holidays"]

    /// Decodes every template under `sessions` and resolves its zone.
    mutating func decodeSessions() throws(ConfigFileError) {
        guard let section = root["sessions"] else { return }
        for (name, node) in try section.mapping() {
            try node.checkKeys(Self.sessionKeys)
            let zoneNode = try node.require("time_zone")
            let zoneName = try zoneNode.string()
            if zones[zoneName] == nil {
                guard let rule = TimeZoneRule.named(zoneName) else { throw zoneNode.error("unknown time zone \"\(zoneName)\"") }
                zones[zoneName] = rule
            }
            var windows: [SessionWindow] = []
            for item in try node.require("windows").sequence() { windows.append(try window(item)) }
            var breaks: [DailyBreak] = []
            for item in try node["breaks"]?.sequence() ?? [] {
                let text = try item.string()
                do throws(InstrumentSpecError) { breaks.append(try DailyBreak(parsing: text)) } catch { throw item.error(error.message) }
            }
            var holidays: [SessionHoliday] = []
            for item in try node["holidays"]?.sequence() ?? [] { holidays.append(try holiday(item)) }
            do throws(InstrumentSpecError) {
                sessions[name] = try SessionTemplate(name: name, timeZone: zoneName, windows: windows,
                                                     dailyBreaks: breaks, holidays: holidays)
            } catch { throw node.error(error.description) }
        }
    }

    /// `Sun 17:00 - Fri 17:00`.
    private func window(_ node: ConfigNode) throws(ConfigFileError) -> SessionWindow {
        let text = try node.string()
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let open = WeekTime(parsing: parts[0]), let close = WeekTime(parsing: parts[1]) else {
            throw node.error("expected a window such as \"Sun 17:00 - Fri 17:00\", got \"\(text)\"")
        }
        return SessionWindow(open: open, close: close)
    }

    /// `2024-12-25` (closed all day) or `{date: 2024-12-24, close: "13:00"}` / `{date: ..., open: "10:00"}`.
    private func holiday(_ node: ConfigNode) throws(ConfigFileError) -> SessionHoliday {
        let dateNode: ConfigNode
        var from = 0, until = 1440
        if case .scalar = node.value {
            dateNode = node
        } else {
            try node.checkKeys(["date", "close", "open"])
            dateNode = try node.require("date")
            if let close = node["close"] { from = try clock(close) }
            if let open = node["open"] { until = try clock(open) }
        }
        let text = try dateNode.string()
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.utf8.count == 10 else { throw dateNode.error("expected a date YYYY-MM-DD, got \"\(text)\"") }
        do throws(InstrumentSpecError) {
            return try SessionHoliday(year: parts[0], month: parts[1], day: parts[2], closedFrom: from, closedUntil: until)
        } catch { throw node.error(error.message) }
    }

    private func clock(_ node: ConfigNode) throws(ConfigFileError) -> Int {
        let text = try node.string()
        guard let minutes = SessionClock.minutes(text) else { throw node.error("expected a time HH:MM, got \"\(text)\"") }
        return minutes
    }
}
