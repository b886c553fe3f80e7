

/// One imported source file, identified by its content hash.
public struct SourceFileRecord: Codable, Sendable, Equatable {
    /// The file name as the user gave it (for display; the hash identifies it).
    public var name: String
    /// `xxh64:` and the XXH64 hash (`Checksum64`) of the bytes as read (after gzip inflation):
    /// fast enough to fingerprint every import; it identifies files, it does not authenticate them.
    public var contentHash: String
    /// Data rows the file held.
    public var rows: Int
    /// The zone its times were read in.
    public var zone: String

    public init(name: String, contentHash: String, rows: Int, zone: String) {
        self.name = name
        self.contentHash = contentHash
        self.rows = rows
        self.zone = zone
    }
}
