import BallastCore

/// Bar and tick series read side by side, handing out the next event in time order: a bar at
/// its close time, a tick at its own; ties go to bars, then to the earlier series of each list.
@usableFromInline
struct MergedFeed {
    /// The next event: the series' index in its list, and the bar or tick.
    @usableFromInline
    enum Event {
        case bar(Int, Bar)
        case tick(Int, Tick)
    }

    @usableFromInline let bars: [[BarChunk]]
    @usableFromInline let barMarkets: [Int]
    @usableFromInline let ticks: [[TickChunk]]
    @usableFromInline let tickMarkets: [Int]
    /// The bars built from each tick series, for series that have a `barTimeframe`.
    @usableFromInline var builders: [TickBars?]
    @usableFromInline var barAt: [(chunk: Int, row: Int)]
    @usableFromInline var tickAt: [(chunk: Int, row: Int)]

    @usableFromInline
    init(bars: [[BarChunk]], barMarkets: [Int], ticks: [[TickChunk]], tickMarkets: [Int], builders: [TickBars?]) {
        (self.bars, self.barMarkets, self.ticks, self.tickMarkets, self.builders) = (bars, barMarkets, ticks, tickMarkets, builders)
        barAt = bars.map { chunks in (chunks.firstIndex { $0.count > 0 } ?? chunks.count, 0) }
        tickAt = ticks.map { chunks in (chunks.firstIndex { $0.count > 0 } ?? chunks.count, 0) }
    }

    /// The next event, or nil when every series is done. `frameNanos` is each market's bar length.
    @inlinable
    mutating func next(frameNanos: [Int64]) -> Event? {
        var best = -1, bestTime = Int64.max, isTick = false
        for s in bars.indices where barAt[s].chunk < bars[s].count {
            let close = bars[s][barAt[s].chunk].time[barAt[s].row] &+ frameNanos[barMarkets[s]]
            if close < bestTime { (best, bestTime) = (s, close) }
        }
        for s in ticks.indices where tickAt[s].chunk < ticks[s].count {
            let time = ticks[s][tickAt[s].chunk].time[tickAt[s].row]
            if time < bestTime { (best, bestTime, isTick) = (s, time, true) }
        }
        guard best >= 0 else { return nil }
        if isTick {
            let chunks = ticks[best], (c, r) = tickAt[best]
            tickAt[best] = Self.advance(c, r, chunks: chunks.count) { chunks[$0].count }
            return .tick(best, chunks[c].tick(r))
        }
        let chunks = bars[best], (c, r) = barAt[best]
        barAt[best] = Self.advance(c, r, chunks: chunks.count) { chunks[$0].count }
        return .bar(best, chunks[c].bar(r))
    }

    /// The position after row `r` of chunk `c`, skipping empty chunks.
    @inlinable
    static func advance(_ c: Int, _ r: Int, chunks: Int, count: (Int) -> Int) -> (chunk: Int, row: Int) {
        if r + 1 < count(c) { return (c, r + 1) }
        var next = c + 1
        while next < chunks, count(next) == 0 { next += 1 }
        return (next, 0)
    }
}
