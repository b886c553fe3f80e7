import BallastCore

/// Builds higher-timeframe bars from bars or ticks, bucketing as MT5 does on the series' server
/// clock (so H4 and D1 bars open where the broker's do).
///
/// Bars: open = first open, high = max, low = min, close = last close, tick volume and volume
/// summed, spread = the smallest component spread. The minimum is what the broker's own bars
/// hold: on the XAUUSD sample every M15, M30, H1 and H4 bar's spread equals the minimum of its
/// M5 spreads, while first or last match only 65-85% of bars.
public struct Resampler: Sendable {
    /// The server clock bars are bucketed in (the series' `zone`).
    public let zone: TimeZoneRule

    public init(zone: TimeZoneRule) { self.zone = zone }

    /// `bars` (of `from`) as bars of `to`. One pass; refuses a finer or non-multiple target.
    public func resample(_ bars: BarColumns, from: Timeframe, to: Timeframe) throws(ResampleError) -> BarColumns {
        try ResampleError.check(from: from, to: to)
        var acc = BarAccumulator(timeframe: to, zone: zone, capacity: estimate(bars.count, from, to))
        for i in 0..<bars.count {
            acc.add(time: bars.time[i], open: bars.open[i], high: bars.high[i], low: bars.low[i], close: bars.close[i],
                    tickVolume: bars.tickVolume[i], volume: bars.volume[i], spread: bars.spread[i])
        }
        return acc.finish()
    }

    /// Stored bars (read zero-copy from their maps) as bars of `to`.
    public func resample(_ bars: StoredBars, from: Timeframe, to: Timeframe) throws(ResampleError) -> BarColumns {
        try ResampleError.check(from: from, to: to)
        var acc = BarAccumulator(timeframe: to, zone: zone, capacity: estimate(bars.count, from, to))
        for p in bars.partitions {
            for i in 0..<p.count {
                acc.add(time: p.time[i], open: p.open[i], high: p.high[i], low: p.low[i], close: p.close[i],
                        tickVolume: p.tickVolume[i], volume: p.volume[i], spread: p.spread[i])
            }
        }
        return acc.finish()
    }

    private func estimate(_ count: Int, _ from: Timeframe, _ to: Timeframe) -> Int {
        count / max(1, Int(to.seconds / from.seconds)) + 2
    }
}
