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
        Array(lines(of: try bytes(relative)).prefix(count))
    }

    /// `bytes` split after every `\n`, keeping the terminators.
    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(Array(bytes[start...i]))
            start = i + 1
        }
        if start < bytes.count { lines.append(Array(bytes[start...])) }
        return lines
    }
}
