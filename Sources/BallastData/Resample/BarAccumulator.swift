import BallastCore

/// Folds time-ordered rows into bars of one timeframe on a server clock, one row at a time,
/// without allocating per bar (output columns grow amortised).
///
/// A bucket is the `Timeframe.bucketStart` of the row's server-clock time; a bar closes when a
/// row falls in another bucket, so buckets may span partitions and inputs.
struct BarAccumulator {
    let timeframe: Timeframe
    private var clock: ServerClock
    private var converter: LocalTimeConverter
    private(set) var output = BarColumns()
    private var bucket = Int64.min
    private var open: Int64 = 0, high: Int64 = 0, low: Int64 = 0, close: Int64 = 0
    private var tickVolume: Int64 = 0, volume = 0.0, spread = Int32.max

    init(timeframe: Timeframe, zone: TimeZoneRule, capacity: Int) {
        self.timeframe = timeframe
        clock = ServerClock(zone)
        converter = LocalTimeConverter(zone)
        output.reserve(capacity)
    }

    /// Adds one row; `spread` is `Int32.max` when the row has none.
    @inline(__always)
    mutating func add(time: Int64, open o: Int64, high h: Int64, low l: Int64, close c: Int64,
                      tickVolume tv: Int64, volume v: Double, spread s: Int32) {
        let local = clock.localSeconds(utc: floorDiv(time, Timestamp.nanosPerSecond))
        let start = timeframe.bucketStart(localSeconds: local)
        if start != bucket {
            flush()
            bucket = start
            open = o; high = h; low = l; close = c; tickVolume = tv; volume = v; spread = s
            return
        }
        if h > high { high = h }
        if l < low { low = l }
        close = c
        tickVolume &+= tv
        volume += v
        if s < spread { spread = s }
    }

    private mutating func flush() {
        guard bucket != Int64.min else { return }
        let utc = converter.utcSeconds(fromLocal: bucket)
        output.append(time: utc &* Timestamp.nanosPerSecond, open: open, high: high, low: low, close: close,
                      tickVolume: tickVolume, volume: volume, spread: spread == Int32.max ? 0 : spread)
    }

    /// Closes the last bar and returns the bars.
    mutating func finish() -> BarColumns {
        flush()
        bucket = Int64.min
        return output
    }
}
