import BallastCore
import Foundation

/// The on-disk columnar store of bars, ticks and value series under a Ballast home directory.
///
/// Reads map partition files and check headers only; imports merge by timestamp, rewrite only
/// the partitions they change, and replace files crash-safely (see `DurableFile`). One writer
/// per series at a time is enforced with an advisory lock; readers never block.
public struct BarStore: Sendable {
    public let layout: StoreLayout

    /// A store under `home` (the `store/` directory is created on the first import).
    public init(home: String) { layout = StoreLayout(home: home) }

    /// Merges bars into a series, creating it if needed.
    ///
    /// - Parameters:
    ///   - bars: sorted by strictly increasing time (validation deduplicates before the store).
    ///   - digits: display decimals; the series keeps the largest it has seen.
    ///   - zone: the zone the source's times were in; the series keeps the first one.
    ///   - source: the imported file, recorded once in `series.json` by its hash.
    public func importBars(_ bars: BarColumns, into key: SeriesKey, digits: Int, zone: String,
                           source: SourceFileRecord? = nil, policy: ConflictPolicy = .keepExisting) throws(StoreError) -> MergeReport {
        try merge(bars, into: key, digits: digits, zone: zone, source: source, policy: policy)
    }

    /// Merges ticks into a series, creating it if needed (see `importBars`).
    public func importTicks(_ ticks: TickColumns, into key: SeriesKey, digits: Int, zone: String,
                            source: SourceFileRecord? = nil, policy: ConflictPolicy = .keepExisting) throws(StoreError) -> MergeReport {
        try merge(ticks, into: key, digits: digits, zone: zone, source: source, policy: policy)
    }

    /// Merges values into a series, creating it if needed (see `importBars`).
    public func importValues(_ values: ValueColumns, into key: SeriesKey, digits: Int, zone: String,
                             source: SourceFileRecord? = nil, policy: ConflictPolicy = .keepExisting) throws(StoreError) -> MergeReport {
        try merge(values, into: key, digits: digits, zone: zone, source: source, policy: policy)
    }

    /// The bars with `from <= time < to` (either bound may be nil), mapped zero-copy.
    public func bars(_ key: SeriesKey, from: Timestamp? = nil, to: Timestamp? = nil) throws(StoreError) -> StoredBars {
        try read(key, kind: .bars, from: from, to: to)
    }

    /// The ticks with `from <= time < to`, mapped zero-copy.
    public func ticks(_ key: SeriesKey, from: Timestamp? = nil, to: Timestamp? = nil) throws(StoreError) -> StoredTicks {
        try read(key, kind: .ticks, from: from, to: to)
    }

    /// The values with `from <= time < to`, mapped zero-copy.
    public func values(_ key: SeriesKey, from: Timestamp? = nil, to: Timestamp? = nil) throws(StoreError) -> StoredValues {
        try read(key, kind: .values, from: from, to: to)
    }

    /// The series' `series.json`.
    public func metadata(_ key: SeriesKey) throws(StoreError) -> SeriesMetadata {
        guard let metadata = try existingMetadata(key) else {
            throw StoreError(.notFound, path: layout.directory(key), "no stored series \(key)")
        }
        return metadata
    }

    /// Whether the series exists.
    public func contains(_ key: SeriesKey) -> Bool {
        FileManager.default.fileExists(atPath: layout.metadataPath(key))
    }

    func existingMetadata(_ key: SeriesKey) throws(StoreError) -> SeriesMetadata? {
        let path = layout.metadataPath(key)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let metadata: SeriesMetadata
        do {
            metadata = try JSONDecoder().decode(SeriesMetadata.self, from: data)
        } catch {
            throw StoreError(.corrupt, path: path, "unreadable series metadata: \(error)")
        }
        guard metadata.formatVersion <= SeriesMetadata.currentFormatVersion else {
            throw StoreError(.incompatible, path: path, "metadata format \(metadata.formatVersion) is newer than this build")
        }
        return metadata
    }

    /// The partition files of a series, mapped (headers checked), in time order.
    func partitions(_ key: SeriesKey) throws(StoreError) -> [MappedPartition] {
        let directory = layout.directory(key)
        let suffix = "." + key.kind.fileExtension
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var maps: [MappedPartition] = []
        for name in names where !name.hasPrefix(".") && name.hasSuffix(suffix) {
            maps.append(try MappedPartition(path: directory + "/" + name, kind: key.kind))
        }
        return maps.sorted { $0.file.firstTime < $1.file.firstTime }
    }

    private func read<P: PartitionView>(_ key: SeriesKey, kind: SeriesKind, from: Timestamp?,
                                        to: Timestamp?) throws(StoreError) -> StoredSeries<P> {
        guard key.kind == kind else { throw StoreError(.badKey, "\(key) is not a \(kind.rawValue) series") }
        let metadata = try metadata(key)
        let lower = from?.nanoseconds ?? Int64.min
        let upper = to?.nanoseconds ?? Int64.max
        var views: [P] = []
        for map in try partitions(key) where map.file.count > 0 {
            guard map.file.lastTime >= lower, map.file.firstTime < upper else { continue }
            let time = map.file.time
            let rows = Self.lowerBound(time, lower)..<Self.lowerBound(time, upper)
            views.append(P(PartitionStorage(map: map, rows: rows)))
        }
        return StoredSeries(key: key, metadata: metadata, partitions: views)
    }

    /// The first index whose time is `>= value`.
    static func lowerBound(_ times: UnsafeBufferPointer<Int64>, _ value: Int64) -> Int {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
