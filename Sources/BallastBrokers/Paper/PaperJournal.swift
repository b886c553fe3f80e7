import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only file of `PaperCommand`s, one JSON line each, that lets a paper venue outlive
/// the process using it (as a real broker's server does). Each line goes out in one `write`,
/// so a process killed mid-write leaves at most a torn last line, which opening drops.
final class PaperJournal {
    let path: String
    /// Whether each append is flushed to the disk (`fsync`) before the call returns; without
    /// it the record survives a killed process but not a power loss.
    let syncs: Bool
    private let descriptor: Int32
    private var length: Int
    private let encoder = JSONEncoder()

    /// Opens (creating) the journal and returns it with the commands it holds, oldest first.
    /// A last line without its newline (torn by a kill) is dropped and cut off the file.
    static func open(path: String, syncs: Bool) throws(PaperJournalError) -> (PaperJournal, [PaperCommand]) {
        let descriptor = openForAppending(path)
        guard descriptor >= 0 else { throw PaperJournalError(path: path, "cannot open: \(String(cString: strerror(errno)))") }
        let journal = PaperJournal(path: path, syncs: syncs, descriptor: descriptor)
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw PaperJournalError(path: path, "cannot read: \(error.localizedDescription)")
        }
        let (commands, complete) = try decode(bytes, path: path)
        if complete < bytes.count, ftruncate(descriptor, off_t(complete)) != 0 {
            throw PaperJournalError(path: path, "cannot cut the torn last line: \(String(cString: strerror(errno)))")
        }
        journal.length = complete
        return (journal, commands)
    }

    private init(path: String, syncs: Bool, descriptor: Int32) {
        self.path = path
        self.syncs = syncs
        self.descriptor = descriptor
        self.length = 0
    }

    deinit { close(descriptor) }

    /// The commands in `bytes` and the length of its complete lines.
    private static func decode(_ bytes: Data, path: String) throws(PaperJournalError) -> ([PaperCommand], Int) {
        let decoder = JSONDecoder()
        var commands: [PaperCommand] = []
        var start = bytes.startIndex
        var line = 1
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            do { commands.append(try decoder.decode(PaperCommand.self, from: bytes[start..<end])) } catch {
                throw PaperJournalError(path: path, line: line, "not a paper venue command: \(error)")
            }
            start = end + 1
            line += 1
        }
        return (commands, start - bytes.startIndex)
    }

    /// Appends `command` as one line; on failure the file is cut back to where it was, so a
    /// half-written line never precedes later ones.
    func append(_ command: PaperCommand) throws(PaperJournalError) {
        var bytes: Data
        do { bytes = try encoder.encode(command) } catch {
            throw PaperJournalError(path: path, "cannot encode: \(error)")
        }
        bytes.append(UInt8(ascii: "\n"))
        let failure: String? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return syncs && fsync(descriptor) != 0 ? String(cString: strerror(errno)) : nil
        }
        if let failure {
            _ = ftruncate(descriptor, off_t(length))
            throw PaperJournalError(path: path, "cannot append: \(failure)")
        }
        length += bytes.count
    }
}

/// `open(2)` for reading and appending, creating the file (at file scope, where `open` is the C call).
private func openForAppending(_ path: String) -> Int32 {
    open(path, O_RDWR | O_CREAT | O_APPEND, 0o644)
}
