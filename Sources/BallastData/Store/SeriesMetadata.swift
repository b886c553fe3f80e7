

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
