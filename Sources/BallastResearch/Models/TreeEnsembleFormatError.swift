/// A tree-ensemble text file that does not parse, with the 1-based line it failed on
/// (0 when the problem is the file as a whole).
public struct TreeEnsembleFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
