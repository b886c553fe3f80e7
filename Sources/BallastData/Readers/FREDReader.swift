import BallastCore

/// Reads FRED series downloads: `DATE,<SERIES>` (legacy, missing values written `.`) or
/// `observation_date,<SERIES>` (current, missing values empty). Missing values become NaN and
/// still count as rows read. Dates are stored as 00:00 UTC; the symbol is the series name.
public struct FREDReader: FormatReader {
    public let format = DataFormat.fred

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var values = ValueColumns()
        var series = ""
        var missing = 0
        do throws(DataReadError) {
            let names = try s.headerNames(delimiter: 44, limit: options.maxLineLength)
            guard names.count == 2, ["date", "observation_date"].contains(names[0].lowercased()), !names[1].isEmpty else {
                throw DataReadError(.malformed, file: source.name, line: 1, column: 1,
                                    "not a FRED header (DATE,<SERIES> or observation_date,<SERIES>): '\(names.joined(separator: ","))'")
            }
            series = names[1]
            missing = try rows(&s, limit: options.maxLineLength, into: &values)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes: [String] = []
        if missing > 0 { notes.append("\(missing) missing values ('.' or empty) read as NaN") }
        return ReadResult(format: format, payload: .values(values), rowsRead: values.count, symbol: options.symbol ?? series,
                          timeframe: options.timeframe, zone: .utc, priceDigits: 0, notes: notes)
    }

    /// Parses every row; returns how many values were missing.
    private func rows(_ s: inout ByteScanner, limit: Int, into values: inout ValueColumns) throws(DataReadError) -> Int {
        var missing = 0
        while !s.atEnd {
            let day = try s.yearFirstDate("the date YYYY-MM-DD")
            try s.expect(44, "',' after the date")
            var value = Double.nan
            if s.atMissingValue(delimiter: 44) {
                missing += 1
                s.skipField(44)
            } else {
                value = try s.genericDouble("the value")
            }
            try s.finishRow(limit: limit)
            values.append(time: Int64(day) &* 86_400_000_000_000, value: value)
        }
        return missing
    }
}
