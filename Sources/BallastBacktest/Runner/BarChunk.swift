import BallastCore
import BallastData

/// A run of bars as raw column pointers, valid while the `BarSeries` it came from is alive.
@usableFromInline
struct BarChunk {
    @usableFromInline let time: UnsafeBufferPointer<Int64>
    @usableFromInline let open: UnsafeBufferPointer<Int64>
    @usableFromInline let high: UnsafeBufferPointer<Int64>
    @usableFromInline let low: UnsafeBufferPointer<Int64>
    @usableFromInline let close: UnsafeBufferPointer<Int64>
    @usableFromInline let tickVolume: UnsafeBufferPointer<Int64>
    @usableFromInline let volume: UnsafeBufferPointer<Double>
    @usableFromInline let spread: UnsafeBufferPointer<Int32>

    @usableFromInline var count: Int { time.count }

    init(_ p: BarPartition) {
        (time, open, high, low, close) = (p.time, p.open, p.high, p.low, p.close)
        (tickVolume, volume, spread) = (p.tickVolume, p.volume, p.spread)
    }

    init(time: UnsafeBufferPointer<Int64>, open: UnsafeBufferPointer<Int64>, high: UnsafeBufferPointer<Int64>,
         low: UnsafeBufferPointer<Int64>, close: UnsafeBufferPointer<Int64>, tickVolume: UnsafeBufferPointer<Int64>,
         volume: UnsafeBufferPointer<Double>, spread: UnsafeBufferPointer<Int32>) {
        (self.time, self.open, self.high, self.low, self.close) = (time, open, high, low, close)
        (self.tickVolume, self.volume, self.spread) = (tickVolume, volume, spread)
    }

    @inlinable @inline(__always)
    func bar(_ i: Int) -> Bar {
        Bar(time: Timestamp(nanoseconds: time[i]), open: Price(raw: open[i]), high: Price(raw: high[i]), low: Price(raw: low[i]),
            close: Price(raw: close[i]), tickVolume: tickVolume[i], volume: volume[i], spread: spread[i])
    }

    /// Calls `body` with every series as chunks; in-memory columns are pinned for the call.
    @usableFromInline
    static func with<R>(_ series: ArraySlice<BarSeries>, _ done: [[BarChunk]] = [], _ body: ([[BarChunk]]) -> R) -> R {
        guard let first = series.first else { return body(done) }
        let rest = series.dropFirst()
        switch first.source {
        case .stored(let stored):
            return with(rest, done + [stored.partitions.map(BarChunk.init)], body)
        case .columns(let c):
            return c.time.withUnsafeBufferPointer { t in c.open.withUnsafeBufferPointer { o in
                c.high.withUnsafeBufferPointer { h in c.low.withUnsafeBufferPointer { l in
                    c.close.withUnsafeBufferPointer { cl in c.tickVolume.withUnsafeBufferPointer { tv in
                        c.volume.withUnsafeBufferPointer { v in c.spread.withUnsafeBufferPointer { s in
                            let chunk = BarChunk(time: t, open: o, high: h, low: l, close: cl, tickVolume: tv, volume: v, spread: s)
                            return with(rest, done + [[chunk]], body)
                        } }
                    } }
                } }
            } }
        }
    }
}
