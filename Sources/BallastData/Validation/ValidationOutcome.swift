import BallastCore

/// What validation returns: the cleaned rows and the report that explains every change.
public struct ValidationOutcome: Sendable {
    /// The rows after drops and repairs, sorted when ordering was repaired. When the report is
    /// rejected these are still returned (for inspection), but an import must store nothing.
    public var cleaned: ReadResult.Payload
    public var report: ValidationReport
}
