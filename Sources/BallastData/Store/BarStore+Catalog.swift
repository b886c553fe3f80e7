import BallastCore
import Foundation

extension BarStore {
    /// Every stored series, sorted by kind, name and timeframe. Reads headers only.
    public func list() throws(StoreError) -> [SeriesSummary] {
        var keys: [SeriesKey] = []
        let fm = FileManager.default
        func children(_ path: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }
        for name in children(layout.kindDirectory(.bars)) {
            for tf in children(layout.kindDirectory(.bars) + "/" + name) {
                if let timeframe = Timeframe(rawValue: tf), let key = try? SeriesKey.bars(name, timeframe) { keys.append(key) }
            }
        }
        for name in children(layout.kindDirectory(.ticks)) { if let key = try? SeriesKey.ticks(name) { keys.append(key) } }
        for name in children(layout.kindDirectory(.values)) { if let key = try? SeriesKey.values(name) { keys.append(key) } }
        var summaries: [SeriesSummary] = []
        for key in keys where contains(key) { summaries.append(try summary(key)) }
        return summaries
    }

    /// The catalog line of one series.
    public func summary(_ key: SeriesKey) throws(StoreError) -> SeriesSummary {
        let metadata = try metadata(key)
        let maps = try partitions(key).filter { $0.file.count > 0 }
        let metadataBytes = (try? FileManager.default.attributesOfItem(atPath: layout.metadataPath(key))[.size] as? Int) ?? 0
        return SeriesSummary(key: key, rows: maps.reduce(0) { $0 + $1.file.count },
                             firstTime: maps.first.map { Timestamp(nanoseconds: $0.file.firstTime) },
                             lastTime: maps.last.map { Timestamp(nanoseconds: $0.file.lastTime) },
                             digits: metadata.digits, zone: metadata.zone, partitions: maps.count,
                             bytesOnDisk: maps.reduce(metadataBytes) { $0 + $1.file.bytes.count })
    }

    /// Removes a series: its directory is renamed away (one atomic step), then deleted.
    public func delete(_ key: SeriesKey) throws(StoreError) {
        let directory = layout.directory(key)
        guard contains(key) else { throw StoreError(.notFound, path: directory, "no stored series \(key)") }
        let parent = URL(fileURLWithPath: directory).deletingLastPathComponent().path
        let doomed = parent + "/." + URL(fileURLWithPath: directory).lastPathComponent + ".deleted"
        try? FileManager.default.removeItem(atPath: doomed)
        guard rename(directory, doomed) == 0 else { throw DurableFile.failure("cannot remove series directory", directory) }
        try DurableFile.syncDirectory(parent)
        do { try FileManager.default.removeItem(atPath: doomed) } catch {
            throw StoreError(.io, path: doomed, "series removed from the catalog but its files remain: \(error)")
        }
    }

    /// Reads every byte of every partition: payload checksums and time order.
    public func verify(_ key: SeriesKey) throws(StoreError) -> VerifyReport {
        _ = try metadata(key)
        var report = VerifyReport(key: key)
        let directory = layout.directory(key)
        let suffix = "." + key.kind.fileExtension
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") && name.hasSuffix(suffix) {
            report.partitionsChecked += 1
            do {
                let map = try MappedPartition(path: directory + "/" + name, kind: key.kind)
                try map.verify()
                report.rows += map.file.count
            } catch {
                report.problems.append(error)
            }
        }
        return report
    }
}
