import BallastCore
import Foundation

extension BarStore {
    /// Validates, plans every touched partition, then writes: under `.fail` a conflict anywhere
    /// leaves the series untouched.
    func merge<C: StorableColumns>(_ columns: C, into key: SeriesKey, digits: Int, zone: String,
                                   source: SourceFileRecord?, policy: ConflictPolicy) throws(StoreError) -> MergeReport {
        try Self.validate(columns, key: key)
        let directory = layout.directory(key)
        try DurableFile.makeDirectory(directory)
        let lock = try DurableFile.lock(directory)
        defer { DurableFile.unlock(lock) }
        DurableFile.removeLeftovers(in: directory)

        let old = try existingMetadata(key)
        let plans = try plan(columns, key: key, policy: policy)
        var report = MergeReport(key: key)
        for plan in plans { report.absorb(plan) }
        if policy == .fail, report.conflicts > 0, let first = report.examples.first {
            throw StoreError(.conflict, path: directory,
                             "\(report.conflicts) rows differ from stored rows at the same time; first at \(first.time): stored \(first.existing), imported \(first.incoming). Nothing was written")
        }
        for plan in plans where plan.changes {
            try write(plan.build(), to: plan.path)
            report.partitionsWritten.append(plan.period)
        }
        let new = Self.updated(old, key: key, digits: digits, zone: zone, source: source)
        if new != old {
            try writeMetadata(new, key: key)
            report.metadataWritten = true
        }
        return report
    }

    static func validate<C: StorableColumns>(_ columns: C, key: SeriesKey) throws(StoreError) {
        guard key.kind == C.seriesKind else {
            throw StoreError(.badKey, "\(key) is a \(key.kind.rawValue) series; cannot store \(C.seriesKind.rawValue) in it")
        }
        guard columns.columnsHaveEqualLength else {
            throw StoreError(.unsortedInput, "columns have different lengths (\(columns.time.count) times)")
        }
        let time = columns.time
        for i in time.indices.dropFirst() where time[i] <= time[i - 1] {
            throw StoreError(.unsortedInput, "row \(i): time \(Timestamp(nanoseconds: time[i])) does not follow \(Timestamp(nanoseconds: time[i - 1])); the store takes sorted rows without duplicate times (validate before storing)")
        }
    }

    /// One plan per partition period the incoming rows touch.
    private func plan<C: StorableColumns>(_ columns: C, key: SeriesKey, policy: ConflictPolicy) throws(StoreError) -> [PartitionPlan] {
        let partitioning = StoreLayout.partitioning(key)
        let time = columns.time
        var plans: [PartitionPlan] = []
        var start = 0
        while start < time.count {
            let (label, end) = partitioning.period(containing: time[start])
            var stop = start
            time.withUnsafeBufferPointer { stop = Self.lowerBound($0, end) }
            let incoming = ColumnFileBuilder(kind: key.kind, count: stop - start)
            columns.write(rows: start..<stop, into: incoming, at: 0)
            incoming.finish()
            let path = layout.partitionPath(key, period: label)
            let existing = FileManager.default.fileExists(atPath: path) ? try MappedPartition(path: path, kind: key.kind) : nil
            plans.append(try PartitionPlan(period: label, path: path, existing: existing, incoming: incoming, policy: policy))
            start = stop
        }
        return plans
    }

    /// Writes a partition crash-safely, verifying the synced temp file before it replaces the old one.
    private func write(_ builder: ColumnFileBuilder, to path: String) throws(StoreError) {
        let kind = builder.kind
        try DurableFile.replace(path, with: UnsafeRawBufferPointer(builder.buffer)) { temp throws(StoreError) in
            try MappedPartition(path: temp, kind: kind).verify()
        }
    }

    private func writeMetadata(_ metadata: SeriesMetadata, key: SeriesKey) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(metadata) } catch {
            throw StoreError(.io, path: layout.metadataPath(key), "cannot encode metadata: \(error)")
        }
        var bytes = [UInt8](data)
        bytes.append(10)
        let path = layout.metadataPath(key)
        let failure: StoreError? = bytes.withUnsafeBytes { raw in
            do throws(StoreError) { try DurableFile.replace(path, with: raw) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    static func updated(_ old: SeriesMetadata?, key: SeriesKey, digits: Int, zone: String,
                        source: SourceFileRecord?) -> SeriesMetadata {
        var metadata = old ?? SeriesMetadata(key: key, digits: digits, zone: zone)
        metadata.digits = max(metadata.digits, digits)
        if let source, !metadata.sources.contains(where: { $0.contentHash == source.contentHash && $0.name == source.name }) {
            metadata.sources.append(source)
        }
        return metadata
    }
}
