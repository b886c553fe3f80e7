

/// A value partition: time and value (NaN when missing).
public struct ValuePartition: PartitionView {
    let storage: PartitionStorage
    public init(_ storage: PartitionStorage) { self.storage = storage }
    public var path: String { storage.map.file.path }
    public var time: UnsafeBufferPointer<Int64> { storage.column(0, Int64.self) }
    public var value: UnsafeBufferPointer<Double> { storage.column(1, Double.self) }
}
