import BallastTestSupport
import BallastData

/// Bytes of the shared real data, uncompressed, for building small inputs and comparing exports.
enum RealFile {
    /// The file's uncompressed bytes (gzip is undone, nothing else changes).
    static func bytes(_ relative: String) throws -> [UInt8] {
        let source = try ByteSource(path: TestData.path(relative))
        // `bytes` points into memory the source owns, so the source must outlive the copy.
        return withExtendedLifetime(source) { Array(source.bytes) }
    }

    /// The file's first `count` lines, each with its own line ending.
    static func head(_ relative: String, lines count: Int) throws -> [[UInt8]] {
        let bytes = try bytes(relative)
        var lines: [[UInt8]] = []
        var start = 0
        while lines.count < count, start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            lines.append(Array(bytes[start..<end]))
            start = end
        }
        return lines
    }
}
