

/// A closed span repeated every local day. `end` at or before `start` runs past midnight.
public struct DailyBreak: Hashable, Sendable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) throws(InstrumentSpecError) {
        guard (0..<1440).contains(start), (0...1440).contains(end), start != end else {
            throw InstrumentSpecError(field: "break", "\(start)...\(end) minutes is not a break within a day")
        }
        self.start = start
        self.end = end
    }

    /// Parses `17:00-18:00`.
    public init(parsing text: String) throws(InstrumentSpecError) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = SessionClock.minutes(String(parts[0])),
              let end = SessionClock.minutes(String(parts[1])) else {
            throw InstrumentSpecError(field: "break", "\"\(text)\" is not HH:MM-HH:MM")
        }
        try self.init(start: start, end: end)
    }

    public var description: String { SessionClock.text(start) + "-" + SessionClock.text(end) }
}
