/// Why the paper venue's journal could not be opened, read or written. Names the file and,
/// for a bad record, its line.
public struct PaperJournalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line of a record that does not decode; nil for I/O failures.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
