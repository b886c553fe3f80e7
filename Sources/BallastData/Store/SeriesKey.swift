import BallastCore

/// Names one stored series: bars of a symbol and timeframe, ticks of a symbol, or a value series.
///
/// Names become directory names, so they are checked: 1–64 characters, no `/`, `\`, control
/// characters, spaces or `:*?"<>|`, and no leading `.` (which also rules out `.` and `..`).
/// Names are case-sensitive (`EURUSD` and `eurusd` are different series).
public struct SeriesKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public let kind: SeriesKind
    /// The symbol (bars, ticks) or series name (values).
    public let name: String
    /// Set for bars only.
    public let timeframe: Timeframe?

    public static func bars(_ symbol: String, _ timeframe: Timeframe) throws(StoreError) -> SeriesKey {
        try SeriesKey(kind: .bars, name: symbol, timeframe: timeframe)
    }

    public static func ticks(_ symbol: String) throws(StoreError) -> SeriesKey {
        try SeriesKey(kind: .ticks, name: symbol, timeframe: nil)
    }

    public static func values(_ name: String) throws(StoreError) -> SeriesKey {
        try SeriesKey(kind: .values, name: name, timeframe: nil)
    }

    private init(kind: SeriesKind, name: String, timeframe: Timeframe?) throws(StoreError) {
        try Self.check(name)
        self.kind = kind
        self.name = name
        self.timeframe = timeframe
    }

    /// `XAUUSD/M5`, `EURUSD/ticks`, `DGS10/values`.
    public var description: String { "\(name)/\(timeframe?.rawValue ?? kind.rawValue)" }

    static func check(_ name: String) throws(StoreError) {
        let forbidden = Set("/\\:*?\"<>| ".unicodeScalars)
        guard !name.isEmpty, name.utf8.count <= 64, !name.hasPrefix("."),
              name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !forbidden.contains($0) }) else {
            throw StoreError(.badKey, "'\(name)' cannot name a series: use 1-64 characters without a leading '.', spaces, control characters or any of / \\ : * ? \" < > |")
        }
    }
}
