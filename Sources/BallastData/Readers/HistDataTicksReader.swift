import BallastCore

/// Reads HistData.com "Generic ASCII" tick files: `YYYYMMDD HHMMSSmmm,bid,ask,volume`, no header,
/// in EST without daylight saving (UTC−5) unless `options.zone` says otherwise.
public struct HistDataTicksReader: FormatReader {
    public let format = DataFormat.histdataTicks

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        let zone = options.zone ?? HistDataM1Reader.zone
        let ticks: TickColumns
        do { ticks = try rows(&s, zone: zone, limit: options.maxLineLength) } catch {
            throw s.classify(error, limit: options.maxLineLength)
        }
        var notes: [String] = []
        if options.zone == nil { notes.append("times read as HistData's EST (UTC-5 all year, no daylight saving); pass --tz to override") }
        let hints = FileNameHints(path: source.name)
        let digits = max(PriceDigits.infer(ticks.bid[...]), PriceDigits.infer(ticks.ask[...]))
        return ReadResult(format: format, payload: .ticks(ticks), rowsRead: ticks.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: nil, zone: zone, priceDigits: digits, notes: notes)
    }

    private func rows(_ s: inout ByteScanner, zone: TimeZoneRule, limit: Int) throws(DataReadError) -> TickColumns {
        var ticks = TickColumns()
        ticks.reserve((s.end - s.position) / 38 + 16)
        var converter = LocalTimeConverter(zone)
        while !s.atEnd {
            let day = try s.compactDate("a date YYYYMMDD")
            try s.expect(32, "a space between the date and the time (YYYYMMDD HHMMSSmmm)")
            let clock = try s.compactClock(millis: true, "a time HHMMSSmmm")
            try s.expect(44, "',' before the bid")
            let bid = try s.price("the bid")
            try s.expect(44, "',' before the ask")
            let ask = try s.price("the ask")
            try s.expect(44, "',' before the volume")
            let volume = try s.double("the volume")
            try s.finishRow(limit: limit)
            let utc = converter.utcSeconds(fromLocal: Int64(day) * 86_400 + clock / 1_000_000_000)
            ticks.append(time: utc &* 1_000_000_000 + clock % 1_000_000_000, bid: bid, ask: ask,
                         last: TickColumns.missing, volume: volume, flags: 0)
        }
        return ticks
    }
}
