import BallastCore

/// What a reader got out of one file, before validation.
public struct ReadResult: Sendable {
    /// The rows, in file order (readers do not sort or deduplicate; validation does).
    public enum Payload: Sendable, Equatable {
        case bars(BarColumns)
        case ticks(TickColumns)
        case values(ValueColumns)

        public var count: Int {
            switch self {
            case .bars(let b): b.count
            case .ticks(let t): t.count
            case .values(let v): v.count
            }
        }

        public var kind: String {
            switch self {
            case .bars: "bars"
            case .ticks: "ticks"
            case .values: "values"
            }
        }

        /// Row times in nanoseconds, whatever the kind.
        public var times: [Int64] {
            switch self {
            case .bars(let b): b.time
            case .ticks(let t): t.time
            case .values(let v): v.time
            }
        }
    }

    public var format: DataFormat
    public var payload: Payload
    /// Data rows in the file (header lines excluded), including rows skipped as empty.
    public var rowsRead: Int
    public var symbol: String?
    public var timeframe: Timeframe?
    /// The zone the file's times were converted from.
    public var zone: TimeZoneRule
    /// Most decimals seen in a price (the series' display precision).
    public var priceDigits: Int
    /// Facts worth telling the user (skipped `null` rows, an assumed zone, a column layout).
    public var notes: [String]

    public init(format: DataFormat, payload: Payload, rowsRead: Int, symbol: String?, timeframe: Timeframe?,
                zone: TimeZoneRule, priceDigits: Int, notes: [String] = []) {
        self.format = format
        self.payload = payload
        self.rowsRead = rowsRead
        self.symbol = symbol
        self.timeframe = timeframe
        self.zone = zone
        self.priceDigits = priceDigits
        self.notes = notes
    }
}
