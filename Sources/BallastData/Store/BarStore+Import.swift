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
        var staged: [DurableFile.Staged] = []
        do throws(StoreError) {
            for plan in plans where plan.changes {
                staged.append(try stage(plan, columns: columns, kind: key.kind))
                report.partitionsWritten.append(plan.period)
            }
        } catch {
            DurableFile.discard(staged)
            throw error
        }
        // The synced temp files' headers and lengths are checked before they replace the old
        // partitions; payload checksums were computed from the very bytes written.
        try DurableFile.commit(staged) { temp throws(StoreError) in _ = try MappedPartition(path: temp, kind: key.kind) }
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
            let path = layout.partitionPath(key, period: label)
            if FileManager.default.fileExists(atPath: path) {
                let existing = try MappedPartition(path: path, kind: key.kind)
                let incoming = ColumnFileBuilder(kind: key.kind, count: stop - start)
                columns.write(rows: start..<stop, into: incoming, at: 0)
                incoming.finish()
                plans.append(try PartitionPlan(period: label, path: path, existing: existing, incoming: incoming, policy: policy))
            } else {
                plans.append(PartitionPlan(period: label, path: path, freshRows: start..<stop))
            }
            start = stop
        }
        return plans
    }

    /// Stages one partition's new file: straight from the imported arrays when the partition is
    /// new, else from a merged builder.
    private func stage<C: StorableColumns>(_ plan: PartitionPlan, columns: C, kind: SeriesKind) throws(StoreError) -> DurableFile.Staged {
        guard let rows = plan.freshRows else {
            let builder = try plan.build()
            return try DurableFile.stage(plan.path, segments: [UnsafeRawBufferPointer(builder.buffer)])
        }
        let staged: Result<DurableFile.Staged, StoreError> = columns.withColumnBytes(rows: rows) { bytes in
            do throws(StoreError) { return .success(try PartitionWriter.stage(kind: kind, count: rows.count, columns: bytes, to: plan.path)) } catch {
                return .failure(error)
            }
        }
        return try staged.get()
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
