/// Tells which `DataFormat` a file is from its first bytes and its name: header text first,
/// then the shape of the first row, then vendor file-name patterns (`DAT_ASCII_` → HistData,
/// `_Candlestick_` → Dukascopy, `SYMBOL-1h-2022-01` → Binance).
public enum FormatDetector {
    /// Detects from the first bytes of a file (64 KiB is plenty) after decompression.
    public static func detect(path: String, head: UnsafeRawBufferPointer) -> Detection {
        let lines = Self.lines(head)
        guard let first = lines.first else {
            return Detection(format: nil, confidence: .certain, reason: "the file is empty")
        }
        if head.prefix(4096).contains(where: ByteScanner.isBinary) {
            return Detection(format: nil, confidence: .certain, reason: "the file holds binary bytes; it is not a text table")
        }
        let name = FileNameHints.stem(path)
        let text = String(decoding: first, as: UTF8.self)
        if let found = byHeader(text, second: lines.dropFirst().first, name: name) { return found }
        if let found = byRowShape(text, name: name) { return found }
        if let layout = try? GenericLayout.infer(first: first, second: lines.dropFirst().first, file: path) {
            let reason = layout.hasHeader ? "header names known columns (\(layout.kind.rawValue))"
                : "no header; \(layout.roles.count) columns read by position as \(layout.kind.rawValue)"
            return Detection(format: .generic, confidence: .likely, reason: reason)
        }
        return Detection(format: nil, confidence: .unsure, reason: "no known layout fits '\(text.prefix(80))'",
                         hint: "pass --format with one of: \(DataFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// Detects from an opened source.
    public static func detect(_ source: ByteSource) -> Detection {
        detect(path: source.name, head: UnsafeRawBufferPointer(rebasing: source.bytes.prefix(65_536)))
    }

    /// The first three non-blank lines, each cut at 4 KiB.
    static func lines(_ head: UnsafeRawBufferPointer) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in head {
            if byte == 10 || byte == 13 {
                if !current.isEmpty { lines.append(current); current = [] }
                if lines.count == 3 { return lines }
            } else if current.count < 4096 {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Stooq rows: an ISO date, then a number (not a time of day as in backtrader's files).
    private static func isStooqRow(_ fields: [String]) -> Bool {
        guard fields.count >= 5 else { return false }
        let date = Array(fields[0].utf8)
        return date.count == 10 && date[4] == 45 && date[7] == 45 && !GenericLayout.isClock(fields[1])
    }

    private static func byHeader(_ text: String, second: [UInt8]?, name: String) -> Detection? {
        let lower = text.lowercased()
        let fields = lower.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimming(" \"") }
        if text.uppercased().hasPrefix("<DATE>") {
            let ticks = text.uppercased().contains("<BID>") || text.uppercased().contains("<LAST>")
            return Detection(format: ticks ? .mt5Ticks : .mt5Bars, confidence: .certain, reason: "MT5 header \(text.prefix(40))…")
        }
        if lower.hasPrefix("local time,open,high,low,close") || lower.hasPrefix("gmt time,open,high,low,close") || name.contains("_Candlestick_") {
            return Detection(format: .dukascopy, confidence: .certain, reason: "Dukascopy header 'Local time,Open,…'")
        }
        if fields.count == 12, fields[0].filter(\.isLetter) == "opentime" {
            return Detection(format: .binance, confidence: .certain, reason: "Binance klines header (open_time … ignore, 12 columns)")
        }
        if fields.prefix(5) == ["date", "open", "high", "low", "close"] {
            if fields.contains("adj close") {
                return Detection(format: .yahoo, confidence: .certain, reason: "Yahoo header with Adj Close")
            }
            if fields.count <= 7, fields.dropFirst(5).allSatisfy({ $0 == "volume" || $0 == "openint" }),
               let second, isStooqRow(GenericLayout.fields(second, 44)) {
                let stooqName = FileNameHints.stooq(name).timeframe != nil
                return Detection(format: .stooq, confidence: stooqName ? .certain : .likely,
                                 reason: "Stooq header Date,Open,High,Low,Close" + (stooqName ? " and a Stooq file name" : ""),
                                 alternatives: stooqName ? [] : [.generic])
            }
        }
        let original = text.split(separator: ",").map { $0.trimming(" \"") }
        if original.count == 2, original[0] == "DATE" || original[0] == "observation_date" {
            return Detection(format: .fred, confidence: .certain, reason: "FRED header \(original[0]),\(original[1])")
        }
        return nil
    }
}
