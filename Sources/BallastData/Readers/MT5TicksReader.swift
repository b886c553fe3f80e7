import BallastCore

/// Reads MetaTrader 5 "Export ticks" files: tab-separated `<DATE> <TIME> <BID> <ASK> <LAST>
/// <VOLUME> <FLAGS>`, time `HH:MM:SS.mmm`, broker server time (so a zone is required).
///
/// MT5 leaves BID, ASK or LAST empty when that price did not change in the tick; the reader
/// carries the previous value forward (a side never seen stays `TickColumns.missing`).
public struct MT5TicksReader: FormatReader {
    public let format = DataFormat.mt5Ticks

    public init() {}

    enum Column: Equatable { case date, time, bid, ask, last, volume, flags, ignored }

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var ticks = TickColumns()
        var carried = 0
        do throws(DataReadError) {
            let (columns, delimiter) = try header(&s, limit: options.maxLineLength)
            guard let zone = options.zone else {
                throw DataReadError(.needsTimeZone, file: source.name,
                                    "MT5 exports are in the broker's server time, which the file does not state; pass --tz (for example NY+7, UTC+2 or Europe/Athens) or --broker with a profile that sets it")
            }
            carried = try rows(&s, columns: columns, delimiter: delimiter, zone: zone, limit: options.maxLineLength, into: &ticks)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes: [String] = []
        if carried > 0 {
            notes.append("\(carried) ticks left BID, ASK or LAST empty (MT5 writes only the prices that changed); the previous value was carried forward")
        }
        let digits = max(PriceDigits.infer(ticks.bid[...]), PriceDigits.infer(ticks.ask[...]), PriceDigits.infer(ticks.last[...]))
        return ReadResult(format: format, payload: .ticks(ticks), rowsRead: ticks.count,
                          symbol: options.symbol ?? FileNameHints(path: source.name).symbol, timeframe: nil,
                          zone: options.zone ?? .utc, priceDigits: digits, notes: notes)
    }

    private func header(_ s: inout ByteScanner, limit: Int) throws(DataReadError) -> ([Column], UInt8) {
        let line = try s.restOfLine(limit: limit)
        let delimiter: UInt8 = line.contains(9) ? 9 : line.contains(59) ? 59 : 44
        let map: [String: Column] = ["<DATE>": .date, "<TIME>": .time, "<BID>": .bid, "<ASK>": .ask, "<LAST>": .last,
                                     "<VOLUME>": .volume, "<VOL>": .volume, "<FLAGS>": .flags]
        s.position = s.lineStart
        let names = try s.headerNames(delimiter: delimiter, limit: limit)
        let columns = names.map { map[$0.uppercased()] ?? .ignored }
        for needed in [Column.date, .time] where !columns.contains(needed) {
            throw DataReadError(.malformed, file: s.file, line: 1, column: 1, "not an MT5 ticks header: no <\(needed)> column")
        }
        guard columns.contains(.bid) || columns.contains(.last) else {
            throw DataReadError(.malformed, file: s.file, line: 1, column: 1, "not an MT5 ticks header: no <BID> or <LAST> column")
        }
        return (columns, delimiter)
    }

    /// Parses every row; returns how many rows had a price carried forward.
    private func rows(_ s: inout ByteScanner, columns: [Column], delimiter: UInt8, zone: TimeZoneRule, limit: Int,
                      into ticks: inout TickColumns) throws(DataReadError) -> Int {
        ticks.reserve((s.end - s.position) / 48 + 16)
        var converter = LocalTimeConverter(zone)
        var bid = TickColumns.missing, ask = TickColumns.missing, last = TickColumns.missing
        var carried = 0
        while !s.atEnd {
            var day = 0, clock: Int64 = 0, volume = 0.0, flags: Int64 = 0
            var filled = true
            for (index, column) in columns.enumerated() {
                if index > 0 { try s.expect(delimiter, "\(columns.count) tab-separated columns as in the header") }
                let empty = s.atLineEnd || s.current == delimiter
                switch column {
                case .date: day = try s.yearFirstDate("the date YYYY.MM.DD")
                case .time: clock = try s.clockTime("the time HH:MM:SS.mmm")
                case .bid: if empty { if bid != TickColumns.missing { filled = false } } else { bid = try s.price("<BID>") }
                case .ask: if empty { if ask != TickColumns.missing { filled = false } } else { ask = try s.price("<ASK>") }
                case .last: if empty { if last != TickColumns.missing { filled = false } } else { last = try s.price("<LAST>") }
                case .volume: if !empty { volume = try s.double("<VOLUME>") }
                case .flags: if !empty { flags = try s.unsigned("<FLAGS>") }
                case .ignored: s.skipField(delimiter)
                }
            }
            try s.finishRow(limit: limit)
            if !filled { carried += 1 }
            let utc = converter.utcSeconds(fromLocal: Int64(day) * 86_400 + clock / 1_000_000_000)
            ticks.append(time: utc &* 1_000_000_000 + clock % 1_000_000_000, bid: bid, ask: ask, last: last,
                         volume: volume, flags: UInt32(truncatingIfNeeded: flags))
        }
        guard ticks.count > 0 else { throw DataReadError(.headerOnly, file: s.file, "the file has a header but no data rows") }
        return carried
    }
}
