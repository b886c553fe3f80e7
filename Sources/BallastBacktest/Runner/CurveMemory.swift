#if canImport(Glibc)
import Glibc
#endif

/// Where the equity curve is written: one point per bar, megabytes for a long run, all touched
/// for the first time during the run. On Linux the buffer asks for transparent huge pages, so
/// the kernel maps it in a few 2 MiB faults instead of one 4 KiB fault per 512 bars (faults that
/// otherwise cost about a tenth of a fast run). Elsewhere, or when the kernel says no, nothing changes.
enum CurveMemory {
    static let hugePage = 2 << 20

    static func preferHugePages<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        #if os(Linux)
        guard let base = buffer.baseAddress, buffer.count * MemoryLayout<T>.stride >= 2 * hugePage else { return }
        let first = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count * MemoryLayout<T>.stride) & ~(hugePage - 1)
        guard end > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(start, end - first, MADV_HUGEPAGE)
        #endif
    }
}
