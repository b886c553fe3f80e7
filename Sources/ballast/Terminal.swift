#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output helpers: results go to stdout, progress only to a terminal's stderr.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static func printError(_ text: String) {
        fputs(text + "\n", stderr)
    }
}
