import Foundation

/// Writes a 2-D little-endian `float32` array in C order as a NumPy `.npy` file (format 1.0),
/// the layout `NumpyArrayFile` reads and `numpy.load` returns as a `(rows, columns)` array.
public enum NumpyArrayWriter {
    /// The file's bytes: magic, version, header dictionary padded to a multiple of 64 bytes, values.
    public static func float32(rows: Int, columns: Int, values: [Float]) -> Data {
        precondition(values.count == rows * columns, "NumpyArrayWriter: \(values.count) values for \(rows) × \(columns)")
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(rows), \(columns)), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = UInt16(header.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8)])
        data.append(contentsOf: Array(header.utf8))
        values.withUnsafeBufferPointer { data.append(UnsafeBufferPointer(start: UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: UInt8.self), count: $0.count * 4)) }
        return data
    }
}
