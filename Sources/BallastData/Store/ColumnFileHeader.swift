/// Lays out and encodes the 192-byte partition header (see `ColumnFile` for the format).
enum ColumnFileHeader {
    /// Where each column starts (8-byte aligned, after the header) and the file's total length.
    static func layout(kind: SeriesKind, count: Int) -> (offsets: [Int], fileLength: Int) {
        var offsets: [Int] = []
        var end = ColumnFile.headerSize
        for width in kind.columnWidths {
            offsets.append(end)
            end += (count * width + 7) / 8 * 8
        }
        return (offsets, end)
    }

    /// The payload checksum: XXH64 over the XXH64 of each column's bytes (column `i` hashed with
    /// seed `i`). Hashing columns one by one lets a writer checksum arrays it never copies;
    /// alignment padding is not covered (it carries no data).
    static func payloadChecksum(_ columns: [UnsafeRawBufferPointer]) -> UInt64 {
        var digests = columns.enumerated().map { Checksum64.hash($1, seed: UInt64($0)).littleEndian }
        return digests.withUnsafeMutableBytes { Checksum64.hash(UnsafeRawBufferPointer($0)) }
    }

    /// The header bytes for a partition whose columns are `columns` (exactly `count` rows each).
    static func encode(kind: SeriesKind, count: Int, columns: [UnsafeRawBufferPointer]) -> [UInt8] {
        let (offsets, fileLength) = layout(kind: kind, count: count)
        var header = [UInt8](repeating: 0, count: ColumnFile.headerSize)
        func store<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            header.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self) }
        }
        let time = columns[0]
        store(ColumnFile.magic, at: 0)
        store(ColumnFile.version, at: 8)
        store(kind.code, at: 12)
        store(UInt64(count), at: 16)
        store(UInt32(kind.columnWidths.count), at: 24)
        store(UInt32(ColumnFile.headerSize), at: 28)
        store(UInt64(fileLength - ColumnFile.headerSize), at: 32)
        store(payloadChecksum(columns), at: 40)
        store(count > 0 ? time.loadUnaligned(fromByteOffset: 0, as: Int64.self) : 0, at: 48)
        store(count > 0 ? time.loadUnaligned(fromByteOffset: (count - 1) * 8, as: Int64.self) : 0, at: 56)
        for (index, offset) in offsets.enumerated() { store(UInt64(offset), at: 64 + 8 * index) }
        let headerChecksum = header.withUnsafeBytes { Checksum64.hash(UnsafeRawBufferPointer(rebasing: $0[0..<128])) }
        store(headerChecksum, at: 128)
        return header
    }
}
