import BallastCore
import Foundation

/// One line of the store catalog.
public struct SeriesSummary: Sendable, Equatable {
    public var key: SeriesKey
    public var kind: SeriesKind { key.kind }
    public var rows: Int
    public var firstTime: Timestamp?
    public var lastTime: Timestamp?
    public var digits: Int
    public var zone: String
    public var partitions: Int
    /// Partition files plus `series.json`.
    public var bytesOnDisk: Int
}
