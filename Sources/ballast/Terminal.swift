import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Output helpers: results go to stdout, progress and errors to stderr.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static func printError(_ text: String) { writeStderr(text + "\n") }

    static func writeStderr(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
