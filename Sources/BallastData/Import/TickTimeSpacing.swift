import BallastCore

/// Gives ticks that share a timestamp distinct times, 1 ns apart in file order.
///
/// Trade feeds print several trades in the same second (Bitstamp's file has many); they are
/// real, distinct events, so neither validation nor the store may collapse them. Spacing them by
/// nanoseconds keeps every tick, keeps their order, and lets the store key rows by time.
enum TickTimeSpacing {
    /// Spaces equal consecutive times; returns how many ticks moved.
    static func apply(_ ticks: inout TickColumns) -> Int {
        guard ticks.count > 1 else { return 0 }
        var moved = 0
        var previousOriginal = ticks.time[0]
        for i in 1..<ticks.count {
            let original = ticks.time[i]
            if original == previousOriginal {
                ticks.time[i] = ticks.time[i - 1] + 1
                moved += 1
            }
            previousOriginal = original
        }
        return moved
    }
}
