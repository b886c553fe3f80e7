import BallastCore

/// Reads Yahoo Finance daily CSVs: `Date,Open,High,Low,Close,Adj Close,Volume`, and the pre-2017
/// layout `Date,Open,High,Low,Close,Volume,Adj Close` whose rows run newest first.
///
/// Dates are exchange dates, stored as 00:00 UTC of that date (D1). Rows of literal `null`
/// (sessions without data) are counted but skipped. Adj Close is not a price and is ignored.
public struct YahooReader: FormatReader {
    public let format = DataFormat.yahoo

    public init() {}

    enum Column: Equatable { case date, open, high, low, close, adjClose, volume, ignored }

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var bars = BarColumns()
        var rowsRead = 0, nulls = 0
        var columns: [Column] = []
        do throws(DataReadError) {
            columns = try header(&s, limit: options.maxLineLength)
            (rowsRead, nulls) = try rows(&s, columns: columns, limit: options.maxLineLength, into: &bars)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes: [String] = []
        if nulls > 0 { notes.append("\(nulls) rows of 'null' (sessions Yahoo has no data for) were skipped") }
        if columns.contains(.adjClose) { notes.append("Adj Close was ignored: bars keep the traded Open/High/Low/Close") }
        if let adj = columns.firstIndex(of: .adjClose), let volume = columns.firstIndex(of: .volume), adj > volume {
            notes.append("pre-2017 Yahoo layout (Adj Close last)")
        }
        if bars.count > 1, bars.time[0] > bars.time[bars.count - 1] {
            notes.append("rows run newest first; they are kept in file order and validation sorts them")
        }
        let symbol = options.symbol ?? FileNameHints(path: source.name).symbol ?? FileNameHints.tickerStem(source.name)
        return ReadResult(format: format, payload: .bars(bars), rowsRead: rowsRead, symbol: symbol,
                          timeframe: options.timeframe ?? .d1, zone: .utc, priceDigits: PriceDigits.infer(bars), notes: notes)
    }

    private func header(_ s: inout ByteScanner, limit: Int) throws(DataReadError) -> [Column] {
        let names = try s.headerNames(delimiter: 44, limit: limit)
        let map: [String: Column] = ["date": .date, "open": .open, "high": .high, "low": .low, "close": .close,
                                     "adj close": .adjClose, "adj_close": .adjClose, "adjclose": .adjClose, "volume": .volume]
        let columns = names.map { map[$0.lowercased()] ?? .ignored }
        for needed in [Column.date, .open, .high, .low, .close] where !columns.contains(needed) {
            throw DataReadError(.malformed, file: s.file, line: 1, column: 1,
                                "not a Yahoo header (Date,Open,High,Low,Close,Adj Close,Volume): no \(needed) column")
        }
        return columns
    }

    /// Parses every row; returns the rows read and how many were `null` rows.
    private func rows(_ s: inout ByteScanner, columns: [Column], limit: Int, into bars: inout BarColumns) throws(DataReadError) -> (Int, Int) {
        bars.reserve((s.end - s.position) / 60 + 16)
        var rows = 0, nulls = 0
        while !s.atEnd {
            var day = 0, open: Int64 = 0, high: Int64 = 0, low: Int64 = 0, close: Int64 = 0, volume = 0.0
            var isNull = false
            for (index, column) in columns.enumerated() {
                if index > 0 { try s.expect(44, "\(columns.count) comma-separated columns as in the header") }
                if column != .date, s.at(word: "null", delimiter: 44) {
                    isNull = true
                    s.position += 4
                    continue
                }
                switch column {
                case .date: day = try s.anyDate("the date YYYY-MM-DD")
                case .open: open = try s.price("Open")
                case .high: high = try s.price("High")
                case .low: low = try s.price("Low")
                case .close: close = try s.price("Close")
                case .volume: volume = try s.genericDouble("Volume")
                case .adjClose, .ignored: s.skipField(44)
                }
            }
            try s.finishRow(limit: limit)
            rows += 1
            if isNull { nulls += 1; continue }
            bars.append(time: Int64(day) &* 86_400_000_000_000, open: open, high: high, low: low, close: close,
                        tickVolume: 0, volume: volume, spread: 0)
        }
        return (rows, nulls)
    }
}
