

/// One weekly open span. A `close` at or before `open` runs into the next week; equal
/// times mean the whole week.
public struct SessionWindow: Hashable, Sendable {
    public let open: WeekTime
    public let close: WeekTime

    public init(open: WeekTime, close: WeekTime) {
        self.open = open
        self.close = close
    }

    /// Length in minutes, 1...10080.
    public var minutes: Int {
        let span = close.minuteOfWeek - open.minuteOfWeek
        return span > 0 ? span : span + 7 * 1440
    }
}
