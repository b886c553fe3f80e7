/// Bars as parallel columns (structure of arrays): the layout readers produce and the store keeps.
///
/// Prices are `Price.raw` values; `time` is UTC nanoseconds of each bar's open.
public struct BarColumns: Sendable, Equatable {
    public var time: [Int64] = []
    public var open: [Int64] = []
    public var high: [Int64] = []
    public var low: [Int64] = []
    public var close: [Int64] = []
    public var tickVolume: [Int64] = []
    public var volume: [Double] = []
    public var spread: [Int32] = []

    public init() {}

    public init(_ bars: [Bar]) {
        reserve(bars.count)
        for bar in bars { append(bar) }
    }

    public var count: Int { time.count }
    public var isEmpty: Bool { time.isEmpty }

    public mutating func reserve(_ n: Int) {
        time.reserveCapacity(n); open.reserveCapacity(n); high.reserveCapacity(n); low.reserveCapacity(n)
        close.reserveCapacity(n); tickVolume.reserveCapacity(n); volume.reserveCapacity(n); spread.reserveCapacity(n)
    }

    @inlinable
    public mutating func append(time t: Int64, open o: Int64, high h: Int64, low l: Int64, close c: Int64,
                                tickVolume tv: Int64, volume v: Double, spread s: Int32) {
        time.append(t); open.append(o); high.append(h); low.append(l); close.append(c)
        tickVolume.append(tv); volume.append(v); spread.append(s)
    }

    public mutating func append(_ bar: Bar) {
        append(time: bar.time.nanoseconds, open: bar.open.raw, high: bar.high.raw, low: bar.low.raw,
               close: bar.close.raw, tickVolume: bar.tickVolume, volume: bar.volume, spread: bar.spread)
    }

    public subscript(index: Int) -> Bar {
        Bar(time: Timestamp(nanoseconds: time[index]), open: Price(raw: open[index]), high: Price(raw: high[index]),
            low: Price(raw: low[index]), close: Price(raw: close[index]), tickVolume: tickVolume[index],
            volume: volume[index], spread: spread[index])
    }

    /// The rows at `indices`, in that order.
    public func selecting(_ indices: [Int]) -> BarColumns {
        var out = BarColumns()
        out.reserve(indices.count)
        for i in indices {
            out.append(time: time[i], open: open[i], high: high[i], low: low[i], close: close[i],
                       tickVolume: tickVolume[i], volume: volume[i], spread: spread[i])
        }
        return out
    }
}
