import BallastCore
import Foundation

extension TimeZoneRule {
    /// A rule from what a user types: `UTC`, `GMT`, `UTC+2`, `UTC-05:00`, `+03:00`, an IANA name
    /// (`Europe/Athens`, `America/New_York`), or `NY+7` (New York time plus 7 hours, the clock of
    /// most MT5 brokers: GMT+2 in winter, GMT+3 in summer, midnight at the New York 17:00 close).
    public static func named(_ text: String) -> TimeZoneRule? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let upper = trimmed.uppercased()
        if upper == "UTC" || upper == "GMT" || upper == "Z" { return .utc }
        for prefix in ["UTC", "GMT", ""] where upper.hasPrefix(prefix) {
            let rest = String(upper.dropFirst(prefix.count))
            if let seconds = parseOffset(rest) { return .fixed(seconds: seconds) }
        }
        if upper.hasPrefix("NY") {
            let rest = String(upper.dropFirst(2))
            guard let seconds = parseOffset(rest), let newYork = iana("America/New_York") else { return nil }
            return newYork.shifted(bySeconds: seconds, name: trimmed)
        }
        if upper == "EST" { return .fixed(seconds: -5 * 3600, name: "EST") }
        return iana(trimmed)
    }

    /// `+2`, `-5`, `+02:00`, `+0530`; nil for anything else.
    static func parseOffset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 4 else { return nil }
        let hours: Int, minutes: Int
        if digits.count <= 2 { hours = Int(digits)!; minutes = 0 }
        else { hours = Int(digits.prefix(digits.count - 2))!; minutes = Int(digits.suffix(2))! }
        guard hours <= 14, minutes < 60 else { return nil }
        return (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
    }

    /// The transitions of an IANA zone between 1900 and 2100, read once through Foundation.
    static func iana(_ identifier: String) -> TimeZoneRule? {
        guard identifier.contains("/") || identifier.count <= 5, let zone = TimeZone(identifier: identifier) else { return nil }
        var transitions: [Int64] = []
        var offsets: [Int32] = [Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: -2_208_988_800)))]
        var cursor = Date(timeIntervalSince1970: -2_208_988_800)
        let stop = Date(timeIntervalSince1970: 4_102_444_800)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < stop {
            let offset = Int32(zone.secondsFromGMT(for: next))
            if offset != offsets.last {
                transitions.append(Int64(next.timeIntervalSince1970.rounded()))
                offsets.append(offset)
            }
            cursor = next
        }
        return TimeZoneRule(name: identifier, transitions: transitions, offsets: offsets)
    }
}
