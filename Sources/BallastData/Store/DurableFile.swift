#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemShims
import Foundation

/// Crash-safe file replacement (the store's partitions, research runs): write a temp file in the same directory, fsync it, check it,
/// rename it over the target, fsync the directory. After a crash at any point the target holds
/// either its old or its new bytes; a leftover `.<name>.tmp` is removed by the next write.
public enum DurableFile {
    /// The temp file used while replacing `path`. Names starting with `.` are never read as data.
    static func tempPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp"
    }

    /// A temp file written in full, not yet synced or in place.
    struct Staged {
        let temp: String
        let path: String
        let fd: Int32
    }

    /// Replaces `path` with `bytes`; `check` runs on the synced temp file before the rename.
    public static func replace(_ path: String, with bytes: UnsafeRawBufferPointer,
                        check: (String) throws(StoreError) -> Void = { _ in }) throws(StoreError) {
        try commit([try stage(path, segments: [bytes])], check: check)
    }

    /// Writes the concatenation of `segments` (never copied into one buffer first) to the temp
    /// file of `path` and asks the kernel to start writing it to disk now, so that the disk works
    /// while the caller stages the next file.
    static func stage(_ path: String, segments: [UnsafeRawBufferPointer]) throws(StoreError) -> Staged {
        let temp = tempPath(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure("cannot create", temp) }
        for segment in segments where !writeAll(fd, segment) {
            let error = failure("cannot write", temp)
            _ = close(fd); _ = unlink(temp)
            throw error
        }
        _ = ballast_start_writeback(fd)
        return Staged(temp: temp, path: path, fd: fd)
    }

    /// Makes staged files durable and puts them in place: fsync each, `check` each synced temp
    /// file, then rename each over its target and fsync the directories. On any failure before
    /// the renames, every staged file is discarded and the targets keep their old bytes.
    static func commit(_ files: [Staged], check: (String) throws(StoreError) -> Void = { _ in }) throws(StoreError) {
        for (index, file) in files.enumerated() {
            guard fsync(file.fd) == 0 else {
                let error = failure("cannot fsync", file.temp)
                files[..<index].forEach { _ = unlink($0.temp) }
                discard(Array(files[index...]))
                throw error
            }
            _ = close(file.fd)
            do { try check(file.temp) } catch {
                files[...index].forEach { _ = unlink($0.temp) }
                discard(Array(files[(index + 1)...]))
                throw error
            }
        }
        for file in files {
            guard rename(file.temp, file.path) == 0 else { throw failure("cannot rename over \(file.path) from", file.temp) }
        }
        for directory in Set(files.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }) {
            try syncDirectory(directory)
        }
    }

    /// Closes and deletes staged files that will not be committed.
    static func discard(_ files: [Staged]) {
        for file in files {
            _ = close(file.fd)
            _ = unlink(file.temp)
        }
    }

    /// Writes every byte, retrying interrupted and short writes.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress!.advanced(by: offset), bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// fsyncs the directory holding `path`, so a rename or unlink in it is durable.
    static func syncDirectory(of path: String) throws(StoreError) {
        try syncDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    static func syncDirectory(_ directory: String) throws(StoreError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw failure("cannot open directory", directory) }
        defer { _ = close(fd) }
        guard fsync(fd) == 0 else { throw failure("cannot fsync directory", directory) }
    }

    /// Creates `directory` and missing parents, syncing each parent that gained an entry.
    public static func makeDirectory(_ directory: String) throws(StoreError) {
        var missing: [String] = []
        var url = URL(fileURLWithPath: directory)
        while !FileManager.default.fileExists(atPath: url.path) {
            missing.append(url.path)
            url = url.deletingLastPathComponent()
        }
        for path in missing.reversed() {
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("cannot create directory", path) }
            try syncDirectory(of: path)
        }
    }

    /// Deletes temp files a crashed writer left in `directory`.
    static func removeLeftovers(in directory: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            _ = unlink(directory + "/" + name)
        }
    }

    /// Takes an exclusive advisory lock on `<directory>/.lock`, so two writers cannot interleave.
    static func lock(_ directory: String) throws(StoreError) -> Int32 {
        let path = directory + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw failure("cannot open lock file", path) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = failure("cannot lock", path)
                _ = close(fd)
                throw error
            }
        }
        return fd
    }

    static func unlock(_ fd: Int32) {
        _ = flock(fd, LOCK_UN)
        _ = close(fd)
    }

    static func failure(_ what: String, _ path: String) -> StoreError {
        StoreError(.io, path: path, "\(what): \(String(cString: strerror(errno)))")
    }
}
