import BallastCore

/// The outcome of importing one file: what was read, what validation found, what was stored.
/// Encodes to the `--json` output of `ballast data import` and `ballast data validate`.
public struct FileImport: Encodable, Sendable {
    /// How the file ended.
    public enum Status: String, Encodable, Sendable {
        /// Rows were added or replaced in the store.
        case stored
        /// Every row was already stored exactly as read.
        case unchanged
        /// Validated only (`validate`, or `import --dry-run`).
        case validated
        /// Validation rejected the data; nothing was stored.
        case rejected
        /// The file could not be read, or the store refused it.
        case failed
    }

    /// A failure, with its place in the file when it has one.
    public struct Failure: Encodable, Sendable {
        public var code: String
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    public var path: String
    public var status: Status
    public var format: String?
    /// Why the format was chosen (or that the user chose it).
    public var detection: String?
    /// The symbol as the file or the user named it.
    public var symbol: String?
    /// The catalog's canonical symbol the series is stored under, when known.
    public var instrument: String?
    public var timeframe: String?
    public var kind: String?
    public var zone: String?
    /// Data rows read from the file (header excluded, skipped empty rows included).
    public var rows: Int = 0
    /// Rows left after validation dropped what its policy drops.
    public var valid: Int = 0
    /// Rows newly written to the store (added or replacing a conflicting stored row).
    public var stored: Int = 0
    /// Rows the store already held exactly.
    public var unchanged: Int = 0
    /// Rows whose time was stored with different values (kept or replaced per the conflict policy).
    public var conflicts: Int = 0
    /// First and last row time after validation, ISO-8601 UTC.
    public var first: String?
    public var last: String?
    public var notes: [String] = []
    public var findings: [Finding] = []
    public var validation: String?
    public var error: Failure?

    public init(path: String) {
        self.path = path
        status = .failed
    }

    /// The report of a file whose reading failed.
    static func failed(_ path: String, _ error: DataReadError) -> FileImport {
        var outcome = FileImport(path: path)
        outcome.error = Failure(code: error.code.rawValue, line: error.line > 0 ? error.line : nil,
                                column: error.column > 0 ? error.column : nil, message: error.description)
        return outcome
    }
}
