import BallastCore

extension Timestamp {
    /// A time given on the command line (`--from`, `--since`...): nil when not given, a usage
    /// error when it is not ISO-8601.
    static func option(_ text: String?) throws -> Timestamp? {
        guard let text else { return nil }
        guard let time = Timestamp(iso8601: text) else { throw CLIError(.usage, "'\(text)' is not an ISO-8601 date or time") }
        return time
    }
}
