import BallastCore

/// One array column that can copy a row range into a builder, or lend its bytes.
struct ColumnCopier {
    let copy: (Range<Int>, Int, Int, ColumnFileBuilder) -> Void
    let withBytes: (Range<Int>, (UnsafeRawBufferPointer) -> Void) -> Void

    init<T>(_ array: [T]) {
        copy = { rows, index, row, builder in builder.copy(array, rows: rows, column: index, to: row) }
        withBytes = { rows, body in
            array.withUnsafeBytes { raw in
                let width = MemoryLayout<T>.stride
                body(UnsafeRawBufferPointer(rebasing: raw[(rows.lowerBound * width)..<(rows.upperBound * width)]))
            }
        }
    }
}
