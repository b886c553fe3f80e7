import BallastCore

/// Instants of recent events (orders sent, errors) in a sliding window, updated from events.
///
/// A value: the router records each event at its event time and passes the window in with the
/// snapshot. Instants older than `length` before the newest recorded one are dropped.
public struct EventWindow: Sendable, Hashable {
    /// How far back the window reaches, in nanoseconds.
    public let length: Int64
    public private(set) var instants: [Timestamp] = []

    /// - Parameter seconds: the window length; 60 for "orders in the last minute".
    public init(seconds: Int64) {
        precondition(seconds > 0, "an event window needs a positive length")
        length = seconds * Timestamp.nanosPerSecond
    }

    /// Records an event at `time` and forgets those that fell out of the window.
    public mutating func record(at time: Timestamp) {
        instants.append(time)
        let cutoff = time.nanoseconds - length
        if let first = instants.first, first.nanoseconds <= cutoff {
            instants.removeAll { $0.nanoseconds <= cutoff }
        }
    }

    /// Events in `(time - span, time]`, where `span` is `seconds` (at most the window's length)
    /// or the whole window.
    public func count(at time: Timestamp, seconds: Int64? = nil) -> Int {
        let span = seconds.map { min($0 * Timestamp.nanosPerSecond, length) } ?? length
        let cutoff = time.nanoseconds - span
        return instants.reduce(0) { $0 + ($1.nanoseconds > cutoff && $1 <= time ? 1 : 0) }
    }
}
