import BallastCore
import BallastData

/// A run of ticks as raw column pointers, valid while the `TickSeries` it came from is alive.
@usableFromInline
struct TickChunk {
    @usableFromInline let time: UnsafeBufferPointer<Int64>
    @usableFromInline let bid: UnsafeBufferPointer<Int64>
    @usableFromInline let ask: UnsafeBufferPointer<Int64>
    @usableFromInline let last: UnsafeBufferPointer<Int64>
    @usableFromInline let volume: UnsafeBufferPointer<Double>
    @usableFromInline let flags: UnsafeBufferPointer<UInt32>

    @usableFromInline var count: Int { time.count }

    init(_ p: TickPartition) {
        (time, bid, ask, last, volume, flags) = (p.time, p.bid, p.ask, p.last, p.volume, p.flags)
    }

    init(time: UnsafeBufferPointer<Int64>, bid: UnsafeBufferPointer<Int64>, ask: UnsafeBufferPointer<Int64>,
         last: UnsafeBufferPointer<Int64>, volume: UnsafeBufferPointer<Double>, flags: UnsafeBufferPointer<UInt32>) {
        (self.time, self.bid, self.ask, self.last, self.volume, self.flags) = (time, bid, ask, last, volume, flags)
    }

    @inlinable @inline(__always)
    func tick(_ i: Int) -> Tick { TickSeries.tick(time[i], bid[i], ask[i], last[i], volume[i], flags[i]) }

    /// Calls `body` with every series as chunks; in-memory columns are pinned for the call.
    @usableFromInline
    static func with<R>(_ series: ArraySlice<TickSeries>, _ done: [[TickChunk]] = [], _ body: ([[TickChunk]]) -> R) -> R {
        guard let first = series.first else { return body(done) }
        let rest = series.dropFirst()
        switch first.source {
        case .stored(let stored):
            return with(rest, done + [stored.partitions.map(TickChunk.init)], body)
        case .columns(let c):
            return c.time.withUnsafeBufferPointer { t in c.bid.withUnsafeBufferPointer { b in
                c.ask.withUnsafeBufferPointer { a in c.last.withUnsafeBufferPointer { l in
                    c.volume.withUnsafeBufferPointer { v in c.flags.withUnsafeBufferPointer { f in
                        with(rest, done + [[TickChunk(time: t, bid: b, ask: a, last: l, volume: v, flags: f)]], body)
                    } }
                } }
            } }
        }
    }
}
