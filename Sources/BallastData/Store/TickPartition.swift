

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
