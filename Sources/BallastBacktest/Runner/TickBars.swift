import BallastCore

/// Builds the bars a strategy sees from a tick series: bid prices (the price MT5 charts bars
/// from), or the last trade price for ticks that have no bid, bucketed by the timeframe on UTC.
/// A bar is complete once a tick of a later bucket arrives; the runner sends it to the engine
/// before that tick, so no bar holds a price from after its close. The last bar of a series is
/// never complete and is not sent.
@usableFromInline
struct TickBars {
    @usableFromInline let timeframe: Timeframe
    @usableFromInline var bar: Bar?

    @usableFromInline
    init(timeframe: Timeframe) {
        self.timeframe = timeframe
    }

    /// Adds `tick`; returns the bar it completes, if any.
    @inlinable
    mutating func take(_ tick: Tick) -> Bar? {
        guard let price = tick.bid ?? tick.last else { return nil }
        let seconds = floorDiv(tick.time.nanoseconds, Timestamp.nanosPerSecond)
        let start = timeframe.bucketStart(localSeconds: seconds) * Timestamp.nanosPerSecond
        if var current = bar, current.time.nanoseconds == start {
            if price > current.high { current.high = price }
            if price < current.low { current.low = price }
            current.close = price
            current.tickVolume += 1
            current.volume += tick.volume
            bar = current
            return nil
        }
        let complete = bar
        bar = Bar(time: Timestamp(nanoseconds: start), open: price, high: price, low: price, close: price,
                  tickVolume: 1, volume: tick.volume, spread: 0)
        return complete
    }
}
