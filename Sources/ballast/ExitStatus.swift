import ArgumentParser

/// Ballast's documented exit codes. Scripts can rely on them.
enum ExitStatus: Int32 {
    case success = 0
    /// A file could not be read or parsed (malformed, empty, unknown format...).
    case inputError = 1
    /// Bad command-line usage (ArgumentParser's own code), including a series the store does not hold.
    case usage = 64
    /// Validation rejected the data under the active policy; nothing was stored.
    case rejected = 3
    /// The store could not be read or written.
    case storeError = 4
    /// Configuration (catalog, broker profile, time zone) is invalid.
    case configError = 5

    static let documentation = """
        Exit codes: 0 success; 1 a file could not be read or parsed; 3 validation rejected the data \
        (nothing stored); 4 store error; 5 configuration error (time zone, catalog, broker profile); \
        64 usage error. With several files, the worst code wins.
        """
}
