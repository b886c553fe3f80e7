/// A time zone as a table of UTC offsets: a fixed offset, or the transitions of a real zone.
///
/// A pure value, so sessions and readers convert times without touching tz files on the hot
/// path. `BallastData` builds rules from IANA names; `fixed` needs nothing.
public struct TimeZoneRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What the user called it (`UTC`, `UTC+2`, `Europe/Athens`, `NY+7`).
    public let name: String
    /// UTC seconds at which a new offset starts, ascending.
    public let transitions: [Int64]
    /// `offsets[0]` applies before the first transition; `offsets[i + 1]` from `transitions[i]` on.
    public let offsets: [Int32]

    public init(name: String, transitions: [Int64], offsets: [Int32]) {
        precondition(offsets.count == transitions.count + 1, "a zone needs one more offset than transitions")
        self.name = name
        self.transitions = transitions
        self.offsets = offsets
    }

    /// A zone with one offset all year.
    public static func fixed(seconds: Int, name: String? = nil) -> TimeZoneRule {
        TimeZoneRule(name: name ?? Self.fixedName(seconds), transitions: [], offsets: [Int32(seconds)])
    }

    public static let utc = TimeZoneRule.fixed(seconds: 0, name: "UTC")

    public var isFixed: Bool { transitions.isEmpty }

    /// Seconds to add to UTC to get local time at the UTC instant `utcSeconds`.
    public func offset(atUTC utcSeconds: Int64) -> Int {
        var lo = 0, hi = transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if transitions[mid] <= utcSeconds { lo = mid + 1 } else { hi = mid }
        }
        return Int(offsets[lo])
    }

    /// The UTC instant of a local wall-clock time. In a repeated hour the earlier instant wins;
    /// a skipped local time (spring forward) maps with the offset in force before the jump.
    public func utcSeconds(fromLocal local: Int64) -> Int64 {
        let before = Int64(offset(atUTC: local - 86_400))
        let after = Int64(offset(atUTC: local + 86_400))
        let candidates = [local - before, local - after].filter { Int64(offset(atUTC: $0)) == local - $0 }
        return candidates.min() ?? local - before
    }

    /// The same zone shifted by a constant (broker clocks such as New York + 7 hours).
    public func shifted(bySeconds delta: Int, name: String) -> TimeZoneRule {
        TimeZoneRule(name: name, transitions: transitions, offsets: offsets.map { $0 + Int32(delta) })
    }

    public var description: String { name }

    private static func fixedName(_ seconds: Int) -> String {
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let minutes = magnitude / 60 % 60
        return "UTC" + sign + String(magnitude / 3600) + (minutes == 0 ? "" : ":" + (minutes < 10 ? "0" : "") + String(minutes))
    }
}
