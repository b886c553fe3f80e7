import BallastCore

/// Where the store keeps each series, and how a series is cut into partition files.
///
/// ```
/// <home>/store/bars/<SYMBOL>/<TF>/<period>.bars     + series.json
/// <home>/store/ticks/<SYMBOL>/<period>.ticks        + series.json
/// <home>/store/values/<NAME>/<period>.values        + series.json
/// ```
/// Periods are UTC calendar periods. Bars M1...H4 are cut by year (an M1 year is about
/// 370,000 rows, 22 MB, so an import of new data rewrites at most a year), D1 and longer live in
/// one `all` partition (a century of D1 is under 3 MB), ticks are cut by month (busy symbols see
/// millions of ticks a month), values live in one `all` partition (macro series are small).
public struct StoreLayout: Sendable {
    /// The Ballast home directory (the caller resolves `~/.ballast` or `BALLAST_HOME`).
    public let home: String

    public init(home: String) { self.home = home }

    public var storeRoot: String { home + "/store" }

    /// The directory of the series' kind (`<home>/store/bars`).
    public func kindDirectory(_ kind: SeriesKind) -> String { storeRoot + "/" + kind.rawValue }

    /// The directory holding the series' partitions and `series.json`.
    public func directory(_ key: SeriesKey) -> String {
        let base = kindDirectory(key.kind) + "/" + key.name
        return key.timeframe.map { base + "/" + $0.rawValue } ?? base
    }

    public func metadataPath(_ key: SeriesKey) -> String { directory(key) + "/series.json" }

    public func partitionPath(_ key: SeriesKey, period: String) -> String {
        directory(key) + "/" + period + "." + key.kind.fileExtension
    }

    /// How the series is partitioned.
    public static func partitioning(_ key: SeriesKey) -> Partitioning {
        switch key.kind {
        case .bars: (key.timeframe ?? .m1) >= .d1 ? .single : .year
        case .ticks: .month
        case .values: .single
        }
    }
}
