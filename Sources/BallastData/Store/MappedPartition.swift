/// One partition file mapped into memory; the map lives as long as any view holds this object.
final class MappedPartition: @unchecked Sendable {
    let mapped: MappedFile
    let file: ColumnFile

    /// Maps `path` and checks its header (not its payload).
    init(path: String, kind: SeriesKind) throws(StoreError) {
        do {
            mapped = try MappedFile(path: path, name: path)
        } catch {
            throw StoreError(.io, path: path, error.message)
        }
        file = try ColumnFile(bytes: mapped.bytes, path: path, kind: kind)
    }

    /// Checks the payload (a method, so the map stays alive while `file` is read).
    func verify() throws(StoreError) { try file.verify() }
}

/// A partition of a stored series as typed, zero-copy columns, possibly narrowed to a row range.
public protocol PartitionView: Sendable {
    /// UTC nanoseconds, strictly increasing.
    var time: UnsafeBufferPointer<Int64> { get }
    /// The partition file this view reads.
    var path: String { get }
    init(_ storage: PartitionStorage)
}

extension PartitionView {
    public var count: Int { time.count }
}

/// The mapped file and row range behind a partition view. Opaque outside the module.
public struct PartitionStorage: @unchecked Sendable {
    let map: MappedPartition
    let rows: Range<Int>

    func column<T>(_ index: Int, _ type: T.Type) -> UnsafeBufferPointer<T> {
        UnsafeBufferPointer(rebasing: map.file.typed(index, as: type)[rows])
    }
}

/// A bar partition: time, open, high, low, close, tickVolume (Int64; prices are `Price.raw`),
/// volume (Double), spread (Int32).
public struct BarPartition: PartitionView {
    let storage: PartitionStorage
    public init(_ storage: PartitionStorage) { self.storage = storage }
    public var path: String { storage.map.file.path }
    public var time: UnsafeBufferPointer<Int64> { storage.column(0, Int64.self) }
    public var open: UnsafeBufferPointer<Int64> { storage.column(1, Int64.self) }
    public var high: UnsafeBufferPointer<Int64> { storage.column(2, Int64.self) }
    public var low: UnsafeBufferPointer<Int64> { storage.column(3, Int64.self) }
    public var close: UnsafeBufferPointer<Int64> { storage.column(4, Int64.self) }
    public var tickVolume: UnsafeBufferPointer<Int64> { storage.column(5, Int64.self) }
    public var volume: UnsafeBufferPointer<Double> { storage.column(6, Double.self) }
    public var spread: UnsafeBufferPointer<Int32> { storage.column(7, Int32.self) }
}

/// A tick partition: time, bid, ask, last (Int64, `TickColumns.missing` when absent), volume, flags.
public struct TickPartition: PartitionView {
    let storage: PartitionStorage
    public init(_ storage: PartitionStorage) { self.storage = storage }
    public var path: String { storage.map.file.path }
    public var time: UnsafeBufferPointer<Int64> { storage.column(0, Int64.self) }
    public var bid: UnsafeBufferPointer<Int64> { storage.column(1, Int64.self) }
    public var ask: UnsafeBufferPointer<Int64> { storage.column(2, Int64.self) }
    public var last: UnsafeBufferPointer<Int64> { storage.column(3, Int64.self) }
    public var volume: UnsafeBufferPointer<Double> { storage.column(4, Double.self) }
    public var flags: UnsafeBufferPointer<UInt32> { storage.column(5, UInt32.self) }
}

/// A value partition: time and value (NaN when missing).
public struct ValuePartition: PartitionView {
    let storage: PartitionStorage
    public init(_ storage: PartitionStorage) { self.storage = storage }
    public var path: String { storage.map.file.path }
    public var time: UnsafeBufferPointer<Int64> { storage.column(0, Int64.self) }
    public var value: UnsafeBufferPointer<Double> { storage.column(1, Double.self) }
}
