/// A file that could not be read, with the place it went wrong.
///
/// `line` and `column` are 1-based; 0 means "not tied to a line" (an empty file, a bad flag).
public struct DataReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable machine-readable reasons, for `--json` output and exit codes.
    public enum Code: String, Sendable, Codable {
        case unreadable, empty, headerOnly, binary, lineTooLong, malformed, unknownFormat, ambiguousFormat
        case needsTimeZone, badOption, truncated
    }

    public var code: Code
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ code: Code, file: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
