/// Why a store call failed. Renders itself without secrets (a connection URL's password never
/// appears in the message).
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// A schema constraint refused the write (unique id, foreign key, CHECK).
        case constraint
        /// Another writer changed the row first (an expected status no longer holds).
        case conflict
        /// The database cannot be reached or the connection dropped.
        case connection
        /// The schema could not be brought to the current version.
        case migration
        /// A stored value could not be read back as its type (corrupt or foreign data).
        case invalidData
        /// A configuration value (URL, path) is malformed.
        case invalidConfiguration
        /// Anything else the database reported.
        case database
    }

    public var code: Code
    public var message: String
    /// Whether the same call may succeed if tried again (busy database, dropped connection).
    public var isRetryable: Bool

    public init(_ code: Code, _ message: String, isRetryable: Bool = false) {
        self.code = code
        self.message = message
        self.isRetryable = isRetryable
    }

    public var description: String { "store \(code.rawValue): \(message)" }
}
