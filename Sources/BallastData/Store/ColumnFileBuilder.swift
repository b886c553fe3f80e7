/// Builds one partition file in memory when a merge interleaves stored and imported rows:
/// reserve the rows, fill the columns, `finish()` writes the header with the payload checksum.
/// (Partitions made only of imported rows skip the builder: see `PartitionWriter`.)
final class ColumnFileBuilder {
    let kind: SeriesKind
    let count: Int
    let offsets: [Int]
    let buffer: UnsafeMutableRawBufferPointer

    init(kind: SeriesKind, count: Int) {
        self.kind = kind
        self.count = count
        let (offsets, fileLength) = ColumnFileHeader.layout(kind: kind, count: count)
        self.offsets = offsets
        buffer = .allocate(byteCount: fileLength, alignment: 16)
        // Columns are filled completely by the caller; only alignment padding needs zeroing.
        for (index, width) in kind.columnWidths.enumerated() {
            let used = offsets[index] + count * width
            let end = index + 1 < offsets.count ? offsets[index + 1] : fileLength
            if end > used { UnsafeMutableRawBufferPointer(rebasing: buffer[used..<end]).initializeMemory(as: UInt8.self, repeating: 0) }
        }
    }

    deinit { buffer.deallocate() }

    /// Where column `index`'s row `row` starts.
    func pointer(column index: Int, row: Int = 0) -> UnsafeMutableRawPointer {
        buffer.baseAddress!.advanced(by: offsets[index] + row * kind.columnWidths[index])
    }

    /// Column `index`'s bytes (exactly `count` rows, no padding).
    func column(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: pointer(column: index), count: count * kind.columnWidths[index])
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
        let header = ColumnFileHeader.encode(kind: kind, count: count, columns: kind.columnWidths.indices.map(column))
        header.withUnsafeBytes { buffer.copyMemory(from: $0) }
    }

    /// A read view of the finished buffer (valid while the builder lives).
    func view(path: String) throws(StoreError) -> ColumnFile {
        try ColumnFile(bytes: UnsafeRawBufferPointer(buffer), path: path, kind: kind)
    }
}
