import BallastCore

/// Which tick price makes the bars.
public enum TickPriceSource: String, Sendable, Codable, CaseIterable {
    /// The bid (MT5 charts and most FX data): ticks without a bid are skipped.
    case bid
    /// (bid + ask) / 2: ticks without both sides are skipped.
    case mid
    /// The last trade price: ticks without one are skipped.
    case last
}

extension Resampler {
    /// Bars of `timeframe` from ticks. Tick volume counts the ticks used, volume sums theirs,
    /// spread is the smallest ask − bid of the bar in points of `digits` decimals (as bars
    /// resampled from bars keep the smallest spread), 0 when no tick had both sides.
    public func bars(fromTicks ticks: TickColumns, timeframe: Timeframe, digits: Int,
                     price: TickPriceSource = .bid) throws(ResampleError) -> BarColumns {
        let point = try Self.point(digits)
        var acc = BarAccumulator(timeframe: timeframe, zone: zone, capacity: 1024)
        for i in 0..<ticks.count {
            Self.add(&acc, ticks.time[i], ticks.bid[i], ticks.ask[i], ticks.last[i], ticks.volume[i], price, point)
        }
        return acc.finish()
    }

    /// Bars from stored ticks, read zero-copy (see `bars(fromTicks:timeframe:digits:price:)`).
    public func bars(fromTicks ticks: StoredTicks, timeframe: Timeframe, digits: Int,
                     price: TickPriceSource = .bid) throws(ResampleError) -> BarColumns {
        let point = try Self.point(digits)
        var acc = BarAccumulator(timeframe: timeframe, zone: zone, capacity: 1024)
        for p in ticks.partitions {
            for i in 0..<p.count { Self.add(&acc, p.time[i], p.bid[i], p.ask[i], p.last[i], p.volume[i], price, point) }
        }
        return acc.finish()
    }

    private static func point(_ digits: Int) throws(ResampleError) -> Int64 {
        guard (0...Price.decimals).contains(digits) else { throw ResampleError(.badDigits, "digits \(digits) outside 0...9") }
        return FixedDecimal.power10[Price.decimals - digits]
    }

    @inline(__always)
    private static func add(_ acc: inout BarAccumulator, _ time: Int64, _ bid: Int64, _ ask: Int64, _ last: Int64,
                            _ volume: Double, _ source: TickPriceSource, _ point: Int64) {
        let missing = TickColumns.missing
        let value: Int64
        switch source {
        case .bid: value = bid
        case .last: value = last
        case .mid: value = bid == missing || ask == missing ? missing : bid + (ask - bid) / 2
        }
        guard value != missing else { return }
        var spread = Int32.max
        if bid != missing && ask != missing {
            let diff = ask - bid
            spread = Int32(clamping: (diff + (diff >= 0 ? point / 2 : -point / 2)) / point)
        }
        acc.add(time: time, open: value, high: value, low: value, close: value, tickVolume: 1, volume: volume, spread: spread)
    }
}
