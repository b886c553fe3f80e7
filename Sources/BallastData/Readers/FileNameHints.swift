import BallastCore

/// Symbol and timeframe taken from the default file names that MT5 and HistData write.
public struct FileNameHints: Sendable, Equatable {
    public var symbol: String?
    public var timeframe: Timeframe?
    /// HistData's `_T_` names tick files.
    public var isTicks = false

    /// `EURUSD_M1_202401020000_202401312359.csv`, `US30m_Daily_….csv`, `XAUUSD_H1_2025….csv.gz`,
    /// `DAT_ASCII_EURUSD_M1_201701.csv`, `DAT_ASCII_EURUSD_T_202001.csv`.
    public init(path: String) {
        var parts = Self.stem(path).split(separator: "_").map(String.init)
        if parts.count >= 4, parts[0] == "DAT", parts[1] == "ASCII" || parts[1] == "MT" || parts[1] == "NT" || parts[1] == "XLSX" {
            parts.removeFirst(2)
        }
        guard parts.count >= 2 else { return }
        let mt5Names: [String: Timeframe] = ["daily": .d1, "weekly": .w1, "monthly": .mn1]
        if parts[1] == "T" {
            symbol = parts[0]
            isTicks = true
        } else if let timeframe = Timeframe(parsing: parts[1]) ?? mt5Names[parts[1].lowercased()],
                  !parts[1].allSatisfy(\.isNumber) {
            symbol = parts[0]
            self.timeframe = timeframe
        }
    }
}
