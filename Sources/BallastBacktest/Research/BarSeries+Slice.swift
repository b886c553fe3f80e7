import BallastCore

extension BarSeries {
    /// Bars `range` as an in-memory series (a stored series is copied out of its partitions).
    public func slice(_ range: Range<Int>) -> BarSeries {
        var out = BarColumns()
        out.reserve(range.count)
        BarChunk.with([self][...]) { series in
            var offset = 0
            for chunk in series[0] {
                let lo = max(range.lowerBound - offset, 0), hi = min(range.upperBound - offset, chunk.count)
                if lo < hi { for i in lo..<hi { out.append(chunk.bar(i)) } }
                offset += chunk.count
            }
        }
        return BarSeries(symbol: symbol, timeframe: timeframe, columns: out)
    }

    /// Every bar's open time (UTC ns), in order.
    public var openTimes: [Int64] {
        BarChunk.with([self][...]) { series in series[0].flatMap { Array($0.time) } }
    }
}
