/// The `series.json` of a stored series: what the partition files cannot say themselves.
///
/// Row counts and time ranges are read from the partition headers instead, so they can never
/// disagree with the data.
public struct SeriesMetadata: Codable, Sendable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var kind: SeriesKind
    public var symbol: String
    public var timeframe: String?
    /// Decimals to show prices with.
    public var digits: Int
    /// The zone the source files' times were written in (the broker's server zone for MT5),
    /// by the name `TimeZoneRule.named` takes. Resampling buckets in this clock.
    public var zone: String
    public var partitioning: Partitioning
    /// Every file imported into the series, in import order, each once.
    public var sources: [SourceFileRecord]

    public init(key: SeriesKey, digits: Int, zone: String, sources: [SourceFileRecord] = []) {
        formatVersion = Self.currentFormatVersion
        kind = key.kind
        symbol = key.name
        timeframe = key.timeframe?.rawValue
        self.digits = digits
        self.zone = zone
        partitioning = StoreLayout.partitioning(key)
        self.sources = sources
    }
}

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
