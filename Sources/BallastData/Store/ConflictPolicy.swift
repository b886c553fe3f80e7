import BallastCore

/// What to do when an imported row has the same time as a stored row but different values.
public enum ConflictPolicy: String, Sendable, Codable, CaseIterable {
    /// Keep the stored row (the default: a re-export with revised history never silently wins).
    case keepExisting = "keep-existing"
    /// Take the imported row.
    case replace
    /// Write nothing and throw `StoreError` with code `.conflict`.
    case fail
}
