

/// The mapped file and row range behind a partition view. Opaque outside the module.
public struct PartitionStorage: @unchecked Sendable {
    let map: MappedPartition
    let rows: Range<Int>

    func column<T>(_ index: Int, _ type: T.Type) -> UnsafeBufferPointer<T> {
        UnsafeBufferPointer(rebasing: map.file.typed(index, as: type)[rows])
    }
}
