/// A two-dimensional NumPy array read from a `.npy` file (format versions 1.0, 2.0 and 3.0):
/// little-endian `float32` or `float64`, in C or Fortran order (pandas' `DataFrame.to_numpy()`
/// of one float block is Fortran-ordered, and `np.save` keeps that). The file is
/// memory-mapped; values are copied out in one pass (`floatValues()`, always row-major),
/// never parsed element by element.
///
/// The format (numpy.lib.format): the magic `\x93NUMPY`, a major and minor version byte, the
/// header length (2 bytes little-endian in 1.0, 4 bytes in 2.0 and 3.0), then a Python dict
/// literal `{'descr': '<f4', 'fortran_order': False, 'shape': (rows, columns), }` padded with
/// spaces and a newline, then the raw values.
public final class NumpyArrayFile: @unchecked Sendable {
    /// The element types read.
    public enum ElementType: String, Sendable {
        case float32 = "<f4"
        case float64 = "<f8"

        public var byteCount: Int { self == .float32 ? 4 : 8 }
    }

    public let name: String
    public let elementType: ElementType
    public let rowCount: Int
    public let columnCount: Int
    /// Whether `data` is column-major (Fortran order).
    public let isFortranOrder: Bool
    /// The raw little-endian values, row-major (column-major when `isFortranOrder`).
    public let data: UnsafeRawBufferPointer
    private let mapped: MappedFile

    /// Opens and validates `path`; the values stay mapped until this object is released.
    public init(path: String) throws(NumpyFormatError) {
        let mapped: MappedFile
        do { mapped = try MappedFile(path: path, name: path) } catch {
            throw NumpyFormatError(file: path, .unreadable(error.message))
        }
        let header = try NumpyHeader(parsing: mapped.bytes, file: path)
        let expected = header.rowCount * header.columnCount * header.elementType.byteCount
        let available = mapped.bytes.count - header.dataOffset
        if available < expected { throw NumpyFormatError(file: path, .truncated(expectedBytes: expected, actualBytes: available)) }
        if available > expected { throw NumpyFormatError(file: path, .trailingBytes(available - expected)) }
        self.name = path
        self.mapped = mapped
        self.elementType = header.elementType
        self.rowCount = header.rowCount
        self.columnCount = header.columnCount
        self.isFortranOrder = header.isFortranOrder
        self.data = UnsafeRawBufferPointer(rebasing: mapped.bytes[header.dataOffset..<(header.dataOffset + expected)])
    }

    /// All values, row-major, as `Float` (float64 values are rounded to the nearest float).
    public func floatValues() -> [Float] {
        let count = rowCount * columnCount
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            if isFortranOrder {
                transpose(into: buffer.baseAddress!)
                initialized = count
                return
            }
            switch elementType {
            case .float32:
                if count > 0 { buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: count * 4) {
                    $0.update(from: data.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count * 4)
                } }
                #if _endian(big)
                for index in 0..<count { buffer[index] = Float(bitPattern: UInt32(littleEndian: buffer[index].bitPattern)) }
                #endif
            case .float64:
                for index in 0..<count {
                    let bits = UInt64(littleEndian: data.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                    buffer[index] = Float(Double(bitPattern: bits))
                }
            }
            initialized = count
        }
    }

    /// Column-major data to row-major `Float`s, a block of rows at a time so the writes stay in cache.
    private func transpose(into out: UnsafeMutablePointer<Float>) {
        let rows = rowCount, columns = columnCount
        for blockStart in stride(from: 0, to: rows, by: 4096) {
            let blockEnd = min(rows, blockStart + 4096)
            for column in 0..<columns {
                for row in blockStart..<blockEnd {
                    let index = column * rows + row
                    let value: Float
                    switch elementType {
                    case .float32: value = Float(bitPattern: UInt32(littleEndian: data.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
                    case .float64: value = Float(Double(bitPattern: UInt64(littleEndian: data.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))))
                    }
                    out[row * columns + column] = value
                }
            }
        }
    }
}
