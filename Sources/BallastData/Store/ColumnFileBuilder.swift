/// Builds one partition file in memory: reserve the rows, fill the columns, `finish()` writes
/// the header with the payload checksum. The buffer is what `DurableFile` puts on disk.
final class ColumnFileBuilder {
    let kind: SeriesKind
    let count: Int
    let offsets: [Int]
    let buffer: UnsafeMutableRawBufferPointer

    init(kind: SeriesKind, count: Int) {
        self.kind = kind
        self.count = count
        var offsets: [Int] = []
        var end = ColumnFile.headerSize
        for width in kind.columnWidths {
            offsets.append(end)
            end += (count * width + 7) / 8 * 8
        }
        self.offsets = offsets
        buffer = .allocate(byteCount: end, alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
    }

    deinit { buffer.deallocate() }

    /// Where column `index`'s row `row` starts.
    func pointer(column index: Int, row: Int = 0) -> UnsafeMutableRawPointer {
        buffer.baseAddress!.advanced(by: offsets[index] + row * kind.columnWidths[index])
    }

    /// Copies `rows` of `source` (a file of the same kind) to rows starting at `row`.
    func copy(rows: Range<Int>, of source: ColumnFile, to row: Int) {
        guard !rows.isEmpty else { return }
        for (index, width) in kind.columnWidths.enumerated() {
            let from = source.column(index).baseAddress!.advanced(by: rows.lowerBound * width)
            pointer(column: index, row: row).copyMemory(from: from, byteCount: rows.count * width)
        }
    }

    /// Copies `rows` of an array column to rows starting at `row`.
    func copy<T>(_ array: [T], rows: Range<Int>, column index: Int, to row: Int) {
        guard !rows.isEmpty else { return }
        array.withUnsafeBytes { raw in
            let width = MemoryLayout<T>.stride
            pointer(column: index, row: row).copyMemory(from: raw.baseAddress!.advanced(by: rows.lowerBound * width),
                                                        byteCount: rows.count * width)
        }
    }

    /// Writes the header; call after every column is filled.
    func finish() {
        let bytes = UnsafeRawBufferPointer(buffer)
        let time = pointer(column: 0).assumingMemoryBound(to: Int64.self)
        store(ColumnFile.magic, at: 0)
        store(ColumnFile.version, at: 8)
        store(kind.code, at: 12)
        store(UInt64(count), at: 16)
        store(UInt32(kind.columnWidths.count), at: 24)
        store(UInt32(ColumnFile.headerSize), at: 28)
        store(UInt64(buffer.count - ColumnFile.headerSize), at: 32)
        store(Checksum64.hash(UnsafeRawBufferPointer(rebasing: bytes[ColumnFile.headerSize...])), at: 40)
        store(count > 0 ? time[0] : 0, at: 48)
        store(count > 0 ? time[count - 1] : 0, at: 56)
        for (index, offset) in offsets.enumerated() { store(UInt64(offset), at: 64 + 8 * index) }
        store(Checksum64.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<128])), at: 128)
    }

    /// A read view of the finished buffer (valid while the builder lives).
    func view(path: String) throws(StoreError) -> ColumnFile {
        try ColumnFile(bytes: UnsafeRawBufferPointer(buffer), path: path, kind: kind)
    }

    private func store<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        buffer.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self)
    }
}
