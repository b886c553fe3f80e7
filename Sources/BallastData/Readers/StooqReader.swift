import BallastCore

/// Reads Stooq downloads: `Date,Open,High,Low,Close[,Volume[,OpenInt]]`, daily by default.
///
/// FX files have no Volume column, and a row may stop before the optional columns (the last
/// row of `^spx_d.csv` has no Volume): missing trailing fields read as zero.
public struct StooqReader: FormatReader {
    public let format = DataFormat.stooq

    public init() {}

    enum Column: Equatable { case date, open, high, low, close, volume, ignored }

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var bars = BarColumns()
        var short = 0
        do throws(DataReadError) {
            let names = try s.headerNames(delimiter: 44, limit: options.maxLineLength).map { $0.lowercased() }
            let map: [String: Column] = ["date": .date, "open": .open, "high": .high, "low": .low, "close": .close, "volume": .volume]
            let columns = names.map { map[$0] ?? .ignored }
            guard Array(columns.prefix(5)) == [.date, .open, .high, .low, .close] else {
                throw DataReadError(.malformed, file: source.name, line: 1, column: 1,
                                    "not a Stooq header (Date,Open,High,Low,Close[,Volume[,OpenInt]]): '\(names.joined(separator: ","))'")
            }
            short = try rows(&s, columns: columns, limit: options.maxLineLength, into: &bars)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes: [String] = []
        if short > 0 { notes.append("\(short) rows stop before the optional Volume/OpenInt columns; their volume is 0") }
        let hints = FileNameHints.stooq(source.name)
        return ReadResult(format: format, payload: .bars(bars), rowsRead: bars.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe ?? .d1, zone: .utc,
                          priceDigits: PriceDigits.infer(bars), notes: notes)
    }

    /// Parses every row; returns how many rows had fewer fields than the header.
    private func rows(_ s: inout ByteScanner, columns: [Column], limit: Int, into bars: inout BarColumns) throws(DataReadError) -> Int {
        bars.reserve((s.end - s.position) / 48 + 16)
        var short = 0
        while !s.atEnd {
            var day = 0, open: Int64 = 0, high: Int64 = 0, low: Int64 = 0, close: Int64 = 0, volume = 0.0
            for (index, column) in columns.enumerated() {
                if index >= 5, s.atLineEnd { short += 1; break }
                if index > 0 { try s.expect(44, "a ',' before column \(index + 1) of \(columns.count)") }
                switch column {
                case .date: day = try s.anyDate("the date YYYY-MM-DD")
                case .open: open = try s.price("Open")
                case .high: high = try s.price("High")
                case .low: low = try s.price("Low")
                case .close: close = try s.price("Close")
                case .volume: volume = s.atLineEnd || s.current == 44 ? 0 : try s.genericDouble("Volume")
                case .ignored: s.skipField(44)
                }
            }
            try s.finishRow(limit: limit)
            bars.append(time: Int64(day) &* 86_400_000_000_000, open: open, high: high, low: low, close: close,
                        tickVolume: 0, volume: volume, spread: 0)
        }
        return short
    }
}
