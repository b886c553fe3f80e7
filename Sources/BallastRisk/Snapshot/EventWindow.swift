import BallastCore

/// Instants of recent events (orders sent, errors) in a sliding window, updated from events.
///
/// A value: the router records each event at its event time and passes the window in with the
/// snapshot. Instants older than `length` before the newest recorded one are dropped.
///
/// Instants are kept sorted in a buffer whose expired prefix is skipped by an offset and
/// removed only once it is at least half the buffer, so `record` is O(log n) amortised for
/// events arriving in time order (an out-of-order event is inserted in place, O(n)) and
/// `count` is two binary searches.
public struct EventWindow: Sendable, Hashable {
    /// How far back the window reaches, in nanoseconds.
    public let length: Int64
    /// Sorted instants; those before `start` have fallen out of the window.
    private var buffer: [Timestamp] = []
    private var start = 0

    /// - Parameter seconds: the window length; 60 for "orders in the last minute".
    public init(seconds: Int64) {
        precondition(seconds > 0, "an event window needs a positive length")
        length = seconds * Timestamp.nanosPerSecond
    }

    /// The instants in the window, oldest first.
    public var instants: [Timestamp] { Array(buffer[start...]) }

    /// Records an event at `time` and forgets those that fell out of the window.
    public mutating func record(at time: Timestamp) {
        if let last = buffer.last, time < last {
            buffer.insert(time, at: buffer[start...].partitioningIndex { $0 > time })
        } else {
            buffer.append(time)
        }
        let cutoff = (buffer.last ?? time).nanoseconds - length
        start = buffer[start...].partitioningIndex { $0.nanoseconds > cutoff }
        if start > 0, start * 2 >= buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Events in `(time - span, time]`, where `span` is `seconds` (at most the window's length)
    /// or the whole window.
    public func count(at time: Timestamp, seconds: Int64? = nil) -> Int {
        let span = seconds.map { min($0 * Timestamp.nanosPerSecond, length) } ?? length
        let cutoff = time.nanoseconds - span
        let low = buffer[start...].partitioningIndex { $0.nanoseconds > cutoff }
        let high = buffer[low...].partitioningIndex { $0 > time }
        return high - low
    }

    public static func == (lhs: EventWindow, rhs: EventWindow) -> Bool {
        lhs.length == rhs.length && lhs.buffer[lhs.start...].elementsEqual(rhs.buffer[rhs.start...])
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(length)
        hasher.combine(buffer.count - start)
        for instant in buffer[start...] { hasher.combine(instant) }
    }
}
