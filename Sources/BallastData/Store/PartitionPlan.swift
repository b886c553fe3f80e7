import BallastCore
import Foundation

/// How one partition changes under an import: which rows of the stored and the incoming
/// partition make the new file, as runs, and what the merge counted.
struct PartitionPlan {
    /// A stretch of consecutive rows taken from one side.
    struct Run {
        var fromIncoming: Bool
        var start: Int
        var count: Int
    }

    let period: String
    let path: String
    let existing: MappedPartition?
    /// The imported rows as a finished file; nil when the partition is new (`freshRows`).
    let incoming: ColumnFileBuilder?
    /// For a partition that does not exist yet: the imported rows that make it, written
    /// straight from the arrays by `PartitionWriter`.
    let freshRows: Range<Int>?
    var runs: [Run] = []
    var added = 0
    var unchanged = 0
    var conflicts = 0
    var replaced = 0
    var examples: [MergeConflict] = []

    /// Whether the partition file must be (re)written.
    var changes: Bool { added > 0 || replaced > 0 }
    var outputCount: Int { runs.reduce(0) { $0 + $1.count } }

    /// A partition that does not exist yet, made of imported `rows`.
    init(period: String, path: String, freshRows rows: Range<Int>) {
        self.period = period
        self.path = path
        existing = nil
        incoming = nil
        freshRows = rows
        added = rows.count
        runs = [Run(fromIncoming: true, start: rows.lowerBound, count: rows.count)]
    }

    /// Merges by timestamp. Incoming rows are sorted and unique (checked before) and `incoming`
    /// is finished.
    init(period: String, path: String, existing: MappedPartition, incoming: ColumnFileBuilder,
         policy: ConflictPolicy) throws(StoreError) {
        self.period = period
        self.path = path
        self.existing = existing
        self.incoming = incoming
        freshRows = nil
        let new = try incoming.view(path: path)
        let old = existing.file
        let a = old.time, b = new.time
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                let start = i
                while i < a.count && (j == b.count || a[i] < b[j]) { i += 1 }
                take(false, start, i - start)
            } else if i == a.count || b[j] < a[i] {
                let start = j
                while j < b.count && (i == a.count || b[j] < a[i]) { j += 1 }
                take(true, start, j - start)
                added += j - start
            } else {
                resolve(old, i, new, j, policy)
                i += 1
                j += 1
            }
        }
    }

    private mutating func resolve(_ old: ColumnFile, _ i: Int, _ new: ColumnFile, _ j: Int, _ policy: ConflictPolicy) {
        if Self.sameRow(old, i, new, j) {
            unchanged += 1
            take(false, i, 1)
            return
        }
        conflicts += 1
        if examples.count < MergeReport.exampleLimit {
            examples.append(MergeConflict(time: Timestamp(nanoseconds: old.time[i]), existing: SeriesRow(old, at: i),
                                          incoming: SeriesRow(new, at: j)))
        }
        if policy == .replace {
            replaced += 1
            take(true, j, 1)
        } else {
            take(false, i, 1)
        }
    }

    private mutating func take(_ fromIncoming: Bool, _ start: Int, _ count: Int) {
        if var last = runs.last, last.fromIncoming == fromIncoming, last.start + last.count == start {
            last.count += count
            runs[runs.count - 1] = last
        } else {
            runs.append(Run(fromIncoming: fromIncoming, start: start, count: count))
        }
    }

    /// Byte equality of every column (so NaN equals NaN and -0.0 differs from 0.0).
    static func sameRow(_ a: ColumnFile, _ i: Int, _ b: ColumnFile, _ j: Int) -> Bool {
        for (column, width) in a.kind.columnWidths.enumerated() {
            let x = a.column(column).baseAddress!.advanced(by: i * width)
            let y = b.column(column).baseAddress!.advanced(by: j * width)
            if memcmp(x, y, width) != 0 { return false }
        }
        return true
    }

    /// The new partition file.
    func build() throws(StoreError) -> ColumnFileBuilder {
        guard let incoming, let existing else { preconditionFailure("fresh partitions are written by PartitionWriter") }
        let new = try incoming.view(path: path)
        let output = ColumnFileBuilder(kind: incoming.kind, count: outputCount)
        var row = 0
        for run in runs {
            output.copy(rows: run.start..<(run.start + run.count), of: run.fromIncoming ? new : existing.file, to: row)
            row += run.count
        }
        output.finish()
        return output
    }
}
