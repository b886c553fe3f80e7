import BallastCore

/// The column sets the store writes and reads back: `BarColumns`, `TickColumns`, `ValueColumns`.
protocol StorableColumns: Sendable {
    associatedtype Partition: PartitionView
    static var seriesKind: SeriesKind { get }
    /// Row times, UTC nanoseconds.
    var time: [Int64] { get }
    /// Whether every column has as many rows as `time`.
    var columnsHaveEqualLength: Bool { get }
    /// Each column as a copier into a partition builder, in file order.
    var copiers: [ColumnCopier] { get }
    /// Appends every row of a (possibly sliced) partition: a copy out of the map.
    mutating func append(_ partition: Partition)
    init()
}

extension StorableColumns {
    func write(rows: Range<Int>, into builder: ColumnFileBuilder, at row: Int) {
        for (index, column) in copiers.enumerated() { column.copy(rows, index, row, builder) }
    }

    /// Calls `body` with the raw bytes of `rows` of every column, in file order, without copying.
    func withColumnBytes<R>(rows: Range<Int>, _ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        Self.nest(copiers[...], rows: rows, collected: [], body)
    }

    private static func nest<R>(_ rest: ArraySlice<ColumnCopier>, rows: Range<Int>, collected: [UnsafeRawBufferPointer],
                                _ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        guard let first = rest.first else { return body(collected) }
        var result: R?
        first.withBytes(rows) { result = nest(rest.dropFirst(), rows: rows, collected: collected + [$0], body) }
        return result!
    }
}

extension BarColumns: StorableColumns {
    static var seriesKind: SeriesKind { .bars }

    var columnsHaveEqualLength: Bool {
        [open.count, high.count, low.count, close.count, tickVolume.count, volume.count, spread.count].allSatisfy { $0 == time.count }
    }

    var copiers: [ColumnCopier] {
        [ColumnCopier(time), ColumnCopier(open), ColumnCopier(high), ColumnCopier(low), ColumnCopier(close),
         ColumnCopier(tickVolume), ColumnCopier(volume), ColumnCopier(spread)]
    }

    mutating func append(_ p: BarPartition) {
        time.append(contentsOf: p.time); open.append(contentsOf: p.open); high.append(contentsOf: p.high)
        low.append(contentsOf: p.low); close.append(contentsOf: p.close); tickVolume.append(contentsOf: p.tickVolume)
        volume.append(contentsOf: p.volume); spread.append(contentsOf: p.spread)
    }
}

extension TickColumns: StorableColumns {
    static var seriesKind: SeriesKind { .ticks }

    var columnsHaveEqualLength: Bool {
        [bid.count, ask.count, last.count, volume.count, flags.count].allSatisfy { $0 == time.count }
    }

    var copiers: [ColumnCopier] {
        [ColumnCopier(time), ColumnCopier(bid), ColumnCopier(ask), ColumnCopier(last), ColumnCopier(volume), ColumnCopier(flags)]
    }

    mutating func append(_ p: TickPartition) {
        time.append(contentsOf: p.time); bid.append(contentsOf: p.bid); ask.append(contentsOf: p.ask)
        last.append(contentsOf: p.last); volume.append(contentsOf: p.volume); flags.append(contentsOf: p.flags)
    }
}

extension ValueColumns: StorableColumns {
    static var seriesKind: SeriesKind { .values }

    var columnsHaveEqualLength: Bool { value.count == time.count }

    var copiers: [ColumnCopier] { [ColumnCopier(time), ColumnCopier(value)] }

    mutating func append(_ p: ValuePartition) {
        time.append(contentsOf: p.time)
        value.append(contentsOf: p.value)
    }
}
