/// Stages a partition straight from column buffers: header, then each column and its alignment
/// padding, through `DurableFile`. Imports into new partitions use it with slices of the
/// imported arrays, so no copy of the data is made in memory.
enum PartitionWriter {
    private static let zeros = [UInt8](repeating: 0, count: 8)

    /// `columns` hold exactly `count` rows each, in the kind's column order.
    static func stage(kind: SeriesKind, count: Int, columns: [UnsafeRawBufferPointer], to path: String) throws(StoreError) -> DurableFile.Staged {
        let header = ColumnFileHeader.encode(kind: kind, count: count, columns: columns)
        let staged: Result<DurableFile.Staged, StoreError> = header.withUnsafeBytes { headerBytes in
            zeros.withUnsafeBytes { padding in
                var segments = [headerBytes]
                for column in columns {
                    segments.append(column)
                    let pad = (8 - column.count % 8) % 8
                    if pad > 0 { segments.append(UnsafeRawBufferPointer(rebasing: padding[0..<pad])) }
                }
                do throws(StoreError) { return .success(try DurableFile.stage(path, segments: segments)) } catch {
                    return .failure(error)
                }
            }
        }
        return try staged.get()
    }
}
