

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
