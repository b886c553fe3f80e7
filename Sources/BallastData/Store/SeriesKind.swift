/// What a stored series holds; decides the column set, the file extension and the partitioning.
public enum SeriesKind: String, Sendable, Codable, CaseIterable {
    case bars, ticks, values

    /// The code written in partition headers.
    var code: UInt32 {
        switch self {
        case .bars: 1
        case .ticks: 2
        case .values: 3
        }
    }

    init?(code: UInt32) {
        guard let kind = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }

    /// Byte width of each column, in file order. Column 0 is always the Int64 time.
    ///
    /// bars: time, open, high, low, close, tickVolume (Int64), volume (Double), spread (Int32);
    /// ticks: time, bid, ask, last (Int64), volume (Double), flags (UInt32); values: time, value (Double).
    var columnWidths: [Int] {
        switch self {
        case .bars: [8, 8, 8, 8, 8, 8, 8, 4]
        case .ticks: [8, 8, 8, 8, 8, 4]
        case .values: [8, 8]
        }
    }

    /// Partition files end in `.bars`, `.ticks` or `.values`.
    var fileExtension: String { rawValue }
}
