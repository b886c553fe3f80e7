/// Why the bar store refused or failed an operation.
///
/// `code` is stable (for `--json` output and exit codes); `path` names the file involved, if any.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable machine-readable reasons.
    public enum Code: String, Sendable, Codable {
        /// A symbol, name or path component the store cannot use as a directory name.
        case badKey
        /// Writer input not sorted by strictly increasing time, or columns of unequal length.
        case unsortedInput
        /// A partition file whose header, size or checksum is wrong.
        case corrupt
        /// A partition of another kind or a newer format version than this build reads.
        case incompatible
        /// Conflicting rows under `ConflictPolicy.fail`.
        case conflict
        /// No such series.
        case notFound
        /// The operating system refused a read or write.
        case io
    }

    public var code: Code
    public var path: String
    public var message: String

    public init(_ code: Code, path: String = "", _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
