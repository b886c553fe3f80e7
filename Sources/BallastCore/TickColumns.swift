/// Ticks as parallel columns. A missing bid, ask or last is stored as `TickColumns.missing`.
public struct TickColumns: Sendable, Equatable {
    /// The raw value that marks a side the source did not give.
    public static let missing = Int64.min

    public var time: [Int64] = []
    public var bid: [Int64] = []
    public var ask: [Int64] = []
    public var last: [Int64] = []
    public var volume: [Double] = []
    public var flags: [UInt32] = []

    public init() {}

    public var count: Int { time.count }
    public var isEmpty: Bool { time.isEmpty }

    public mutating func reserve(_ n: Int) {
        time.reserveCapacity(n); bid.reserveCapacity(n); ask.reserveCapacity(n)
        last.reserveCapacity(n); volume.reserveCapacity(n); flags.reserveCapacity(n)
    }

    @inlinable
    public mutating func append(time t: Int64, bid b: Int64, ask a: Int64, last l: Int64, volume v: Double, flags f: UInt32) {
        time.append(t); bid.append(b); ask.append(a); last.append(l); volume.append(v); flags.append(f)
    }

    public mutating func append(_ tick: Tick) {
        append(time: tick.time.nanoseconds, bid: tick.bid?.raw ?? Self.missing, ask: tick.ask?.raw ?? Self.missing,
               last: tick.last?.raw ?? Self.missing, volume: tick.volume, flags: tick.flags)
    }

    public subscript(index: Int) -> Tick {
        func price(_ raw: Int64) -> Price? { raw == Self.missing ? nil : Price(raw: raw) }
        return Tick(time: Timestamp(nanoseconds: time[index]), bid: price(bid[index]), ask: price(ask[index]),
                    last: price(last[index]), volume: volume[index], flags: flags[index])
    }

    public func selecting(_ indices: [Int]) -> TickColumns {
        var out = TickColumns()
        out.reserve(indices.count)
        for i in indices {
            out.append(time: time[i], bid: bid[i], ask: ask[i], last: last[i], volume: volume[i], flags: flags[i])
        }
        return out
    }
}
