import BallastCore

/// What the user told the importer about a file; readers fill in the rest from the file.
public struct ReadOptions: Sendable {
    /// Canonical or broker symbol; nil lets the reader take it from the file name.
    public var symbol: String?
    public var timeframe: Timeframe?
    /// The zone the file's times are written in, when the format does not state it.
    public var zone: TimeZoneRule?
    /// Longest line a reader accepts before calling the file "not a text table".
    public var maxLineLength: Int
    /// Told how many bytes of the file have been parsed, now and then, by readers of big files.
    public var progress: (@Sendable (Int) -> Void)?

    public init(symbol: String? = nil, timeframe: Timeframe? = nil, zone: TimeZoneRule? = nil, maxLineLength: Int = 1 << 20) {
        self.symbol = symbol
        self.timeframe = timeframe
        self.zone = zone
        self.maxLineLength = maxLineLength
    }
}
