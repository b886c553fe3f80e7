#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file. Empty files map to an empty buffer.
public final class MappedFile: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private var base: UnsafeMutableRawPointer?
    private let length: Int

    public init(path: String, name: String) throws(DataReadError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DataReadError(.unreadable, file: name, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { _ = Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw DataReadError(.unreadable, file: name, "cannot stat: \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw DataReadError(.unreadable, file: name, "not a regular file")
        }
        length = Int(info.st_size)
        guard length > 0 else {
            base = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let pointer = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
            throw DataReadError(.unreadable, file: name, "cannot map: \(String(cString: strerror(errno)))")
        }
        _ = madvise(pointer, length, MADV_SEQUENTIAL)
        base = pointer
        bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    }

    /// Maps the pages of `range` now, in one call, instead of one fault per page as a parser
    /// walks them (`MADV_POPULATE_READ`, Linux 5.14+; elsewhere a no-op). Readers call it a chunk
    /// ahead of their cursor, so a file that fails on its first line never pages in the rest.
    public func prefetch(_ range: Range<Int>) {
        #if os(Linux)
        guard let base, range.lowerBound < length else { return }
        let start = range.lowerBound & ~4095
        let end = min(range.upperBound, length)
        guard end > start else { return }
        _ = madvise(base + start, end - start, 22)  // MADV_POPULATE_READ
        #endif
    }

    /// Unmaps the file; later reads of `bytes` are invalid.
    public func close() {
        if let base { munmap(base, length) }
        base = nil
    }

    deinit { close() }
}
