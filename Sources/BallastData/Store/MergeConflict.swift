import BallastCore

/// Two rows with the same time and different values.
public struct MergeConflict: Sendable, Equatable {
    public var time: Timestamp
    public var existing: SeriesRow
    public var incoming: SeriesRow
}
