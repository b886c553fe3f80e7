import BallastCore

/// A stored series read from disk: its partitions in time order, memory-mapped and zero-copy.
///
/// The value keeps every map alive, so the buffer pointers its partitions hand out stay valid
/// as long as the value (or a copy of a partition) exists. Do not let a pointer escape both.
public struct StoredSeries<Partition: PartitionView>: Sendable {
    public let key: SeriesKey
    public let metadata: SeriesMetadata
    /// Non-empty partitions, ascending in time and not overlapping.
    public let partitions: [Partition]
    /// Index of each partition's first row in the whole series.
    private let starts: [Int]

    init(key: SeriesKey, metadata: SeriesMetadata, partitions: [Partition]) {
        self.key = key
        self.metadata = metadata
        self.partitions = partitions.filter { $0.count > 0 }
        var starts: [Int] = []
        var total = 0
        for partition in self.partitions {
            starts.append(total)
            total += partition.count
        }
        self.starts = starts + [total]
    }

    public var count: Int { starts[starts.count - 1] }
    public var isEmpty: Bool { count == 0 }
    public var firstTime: Timestamp? { partitions.first.map { Timestamp(nanoseconds: $0.time[0]) } }
    public var lastTime: Timestamp? { partitions.last.map { Timestamp(nanoseconds: $0.time[$0.count - 1]) } }

    /// The partition holding row `index` of the series and the row within it.
    public func locate(_ index: Int) -> (partition: Int, row: Int) {
        precondition(index >= 0 && index < count, "row \(index) outside 0..<\(count)")
        var lo = 0, hi = partitions.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        return (lo, index - starts[lo])
    }

    /// The time of row `index`.
    public func time(at index: Int) -> Timestamp {
        let (p, row) = locate(index)
        return Timestamp(nanoseconds: partitions[p].time[row])
    }
}

public typealias StoredBars = StoredSeries<BarPartition>
public typealias StoredTicks = StoredSeries<TickPartition>
public typealias StoredValues = StoredSeries<ValuePartition>

extension StoredSeries where Partition == BarPartition {
    public func bar(at index: Int) -> Bar {
        let (p, i) = locate(index)
        let s = partitions[p]
        return Bar(time: Timestamp(nanoseconds: s.time[i]), open: Price(raw: s.open[i]), high: Price(raw: s.high[i]),
                   low: Price(raw: s.low[i]), close: Price(raw: s.close[i]), tickVolume: s.tickVolume[i],
                   volume: s.volume[i], spread: s.spread[i])
    }

    /// Every bar copied into arrays.
    public func columns() -> BarColumns { copy(into: BarColumns()) }
}

extension StoredSeries where Partition == TickPartition {
    public func tick(at index: Int) -> Tick {
        let (p, i) = locate(index)
        let s = partitions[p]
        func price(_ raw: Int64) -> Price? { raw == TickColumns.missing ? nil : Price(raw: raw) }
        return Tick(time: Timestamp(nanoseconds: s.time[i]), bid: price(s.bid[i]), ask: price(s.ask[i]),
                    last: price(s.last[i]), volume: s.volume[i], flags: s.flags[i])
    }

    /// Every tick copied into arrays.
    public func columns() -> TickColumns { copy(into: TickColumns()) }
}

extension StoredSeries where Partition == ValuePartition {
    public func value(at index: Int) -> (time: Timestamp, value: Double) {
        let (p, i) = locate(index)
        return (Timestamp(nanoseconds: partitions[p].time[i]), partitions[p].value[i])
    }

    /// Every value copied into arrays.
    public func columns() -> ValueColumns { copy(into: ValueColumns()) }
}

extension StoredSeries {
    fileprivate func copy<C: StorableColumns>(into empty: C) -> C where C.Partition == Partition {
        var out = empty
        for partition in partitions { out.append(partition) }
        return out
    }
}
