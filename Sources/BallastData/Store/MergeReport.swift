import BallastCore

/// The outcome of merging imported rows into a series.
public struct MergeReport: Sendable, Equatable {
    /// How many conflict examples a report keeps.
    public static let exampleLimit = 5

    public var key: SeriesKey
    /// Rows whose time was not stored before.
    public var added = 0
    /// Rows identical to a stored row.
    public var unchanged = 0
    /// Rows whose time was stored with different values.
    public var conflicts = 0
    /// Conflicts resolved by taking the imported row (`ConflictPolicy.replace`).
    public var replaced = 0
    /// The first `exampleLimit` conflicts, in time order.
    public var examples: [MergeConflict] = []
    /// Period labels of the partition files rewritten (`2025`, `2025-01`, `all`).
    public var partitionsWritten: [String] = []
    /// Whether `series.json` changed.
    public var metadataWritten = false

    public init(key: SeriesKey) { self.key = key }

    /// Whether the import changed nothing on disk.
    public var isNoOp: Bool { partitionsWritten.isEmpty && !metadataWritten }

    mutating func absorb(_ plan: PartitionPlan) {
        added += plan.added
        unchanged += plan.unchanged
        conflicts += plan.conflicts
        replaced += plan.replaced
        examples.append(contentsOf: plan.examples.prefix(Self.exampleLimit - examples.count))
    }
}
