import CZlib
import Foundation

/// The bytes of one input file, ready for byte-level parsing: memory-mapped when plain,
/// inflated when gzip-compressed, and transcoded to UTF-8 when saved as UTF-16LE.
///
/// Readers see one contiguous UTF-8 buffer and never build a `String` per line.
public final class ByteSource: @unchecked Sendable {
    /// A name for messages (the path as the user gave it).
    public let name: String
    /// Facts about the encoding, for the import report (`gzip`, `utf-16le`, `utf-8 bom`).
    public private(set) var encodingNotes: [String] = []
    public let bytes: UnsafeRawBufferPointer
    private let release: () -> Void
    /// The map when `bytes` are the file's own pages (not inflated or transcoded).
    private let mapped: MappedFile?

    /// Opens `path`. Throws `DataReadError` with code `.unreadable` when it cannot.
    public convenience init(path: String) throws(DataReadError) {
        let mapped = try MappedFile(path: path, name: path)
        try self.init(name: path, mapped: mapped)
    }

    /// Wraps bytes already in memory (tests, stdin).
    public convenience init(name: String, data: [UInt8]) throws(DataReadError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { buffer.copyMemory(from: $0) }
        let raw = UnsafeRawBufferPointer(rebasing: buffer[0..<data.count])
        try self.init(name: name, raw: raw, release: { buffer.deallocate() })
    }

    private convenience init(name: String, mapped: MappedFile) throws(DataReadError) {
        try self.init(name: name, raw: mapped.bytes, release: { mapped.close() }, mapped: mapped)
    }

    private init(name: String, raw: UnsafeRawBufferPointer, release: @escaping () -> Void,
                 mapped: MappedFile? = nil) throws(DataReadError) {
        self.name = name
        var notes: [String] = []
        var current = raw
        var releases = [release]
        if current.count >= 2, current[0] == 0x1F, current[1] == 0x8B {
            let inflated = try Gzip.inflate(current, name: name)
            releases.forEach { $0() }
            releases = [{ inflated.deallocate() }]
            current = UnsafeRawBufferPointer(inflated)
            notes.append("gzip")
        }
        if let utf16 = UTF16Transcoder.transcodeIfUTF16(current) {
            releases.forEach { $0() }
            releases = [{ utf16.buffer.deallocate() }]
            current = UnsafeRawBufferPointer(rebasing: utf16.buffer[0..<utf16.count])
            notes.append("utf-16le")
        }
        if current.count >= 3, current[0] == 0xEF, current[1] == 0xBB, current[2] == 0xBF {
            current = UnsafeRawBufferPointer(rebasing: current[3...])
            notes.append("utf-8 bom")
        }
        bytes = current
        encodingNotes = notes
        self.mapped = current.baseAddress == mapped?.bytes.baseAddress ? mapped : nil
        let all = releases
        self.release = { all.forEach { $0() } }
    }

    /// Pages in `range` of `bytes` ahead of a parser (see `MappedFile.prefetch`); a no-op for
    /// bytes already in memory. Returns where the prefetched range ends.
    @discardableResult
    public func prefetch(_ range: Range<Int>) -> Int {
        mapped?.prefetch(range)
        return min(range.upperBound, bytes.count)
    }

    deinit { release() }
}
