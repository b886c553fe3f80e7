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

    /// `populate` pre-faults every page (one sequential pass, as importers need); leave it off
    /// for lazily touched maps such as stored columns.
    public init(path: String, name: String, populate: Bool = false) throws(DataReadError) {
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
        guard let pointer = mmap(nil, length, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0), pointer != MAP_FAILED else {
            throw DataReadError(.unreadable, file: name, "cannot map: \(String(cString: strerror(errno)))")
        }
        _ = madvise(pointer, length, MADV_SEQUENTIAL)
        base = pointer
        bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    }

    /// Unmaps the file; later reads of `bytes` are invalid.
    public func close() {
        if let base { munmap(base, length) }
        base = nil
    }

    deinit { close() }
}
