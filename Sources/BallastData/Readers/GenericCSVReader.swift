import BallastCore

/// Reads the CSV/TSV files users export from pandas, spreadsheets and scripts: the delimiter,
/// header and column meanings are inferred (see `GenericLayout`), and rows become bars, ticks
/// (bid/ask or last) or values depending on the columns.
///
/// Times without a stated offset are read in `options.zone`, or UTC, and a note says which.
public struct GenericCSVReader: FormatReader {
    public let format = DataFormat.generic

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        let limit = options.maxLineLength
        var rows = GenericRows(zone: options.zone ?? .utc)
        var layout: GenericLayout
        do throws(DataReadError) {
            layout = try self.layout(&s, limit: limit)
            if layout.hasHeader { _ = try s.headerNames(delimiter: layout.delimiter, limit: limit) }
            try rows.read(&s, layout: layout, limit: limit)
        } catch { throw s.classify(error, limit: limit) }
        let payload: ReadResult.Payload
        let digits: Int
        switch layout.kind {
        case .bars: payload = .bars(rows.bars); digits = PriceDigits.infer(rows.bars)
        case .ticks:
            payload = .ticks(rows.ticks)
            digits = max(PriceDigits.infer(rows.ticks.bid[...]), PriceDigits.infer(rows.ticks.ask[...]), PriceDigits.infer(rows.ticks.last[...]))
        case .values: payload = .values(rows.values); digits = 0
        }
        let hints = FileNameHints.generic(source.name)
        return ReadResult(format: format, payload: payload, rowsRead: rows.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe, zone: options.zone ?? .utc,
                          priceDigits: digits, notes: notes(layout, rows, options))
    }

    private func layout(_ s: inout ByteScanner, limit: Int) throws(DataReadError) -> GenericLayout {
        var peek = s
        let first = Array(try peek.restOfLine(limit: limit))
        peek.skipLineEnd()
        peek.skipBlankLines()
        let second = peek.atEnd ? nil : Array(try peek.restOfLine(limit: limit))
        return try GenericLayout.infer(first: first, second: second, file: s.file)
    }

    private func notes(_ layout: GenericLayout, _ rows: GenericRows, _ options: ReadOptions) -> [String] {
        let delimiter = layout.delimiter == 9 ? "tab" : "'\(Character(UnicodeScalar(layout.delimiter)))'"
        let used = zip(layout.names, layout.roles).filter { $0.1 != .ignored }.map { "\($0.1)=\($0.0)" }
        let ignored = zip(layout.names, layout.roles).filter { $0.1 == .ignored }.map(\.0)
        var notes = ["generic \(layout.kind.rawValue): delimiter \(delimiter), columns \(used.joined(separator: ", "))"
            + (ignored.isEmpty ? "" : "; ignored \(ignored.joined(separator: ", "))")]
        notes += layout.remarks
        if rows.unzoned > 0 {
            notes.append(options.zone.map { "times without an offset were read in \($0.name) (--tz)" }
                ?? "the file gives no time zone; times were read as UTC (pass --tz to change)")
        }
        if rows.skipped > 0 { notes.append("\(rows.skipped) rows with missing prices (null, NaN or empty) were skipped") }
        return notes
    }
}
