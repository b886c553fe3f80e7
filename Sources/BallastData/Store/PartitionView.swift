

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
