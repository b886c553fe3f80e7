import BallastCore

/// Reads Dukascopy candle exports: `Local time,Open,High,Low,Close,Volume` with rows like
/// `01.01.2024 00:00:00.000 GMT+0100,1.10374,…` and fractional volume.
///
/// The `GMT+hhmm` suffix is the exporter's offset *on that row* (files mix +0100 and +0200
/// across DST), so each row is converted with its own offset. `Gmt time` files are UTC.
public struct DukascopyReader: FormatReader {
    public let format = DataFormat.dukascopy

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var bars = BarColumns()
        var unzoned = 0
        let fallback = options.zone ?? .utc
        var gmtHeader = false
        do throws(DataReadError) {
            let names = try s.headerNames(delimiter: 44, limit: options.maxLineLength).map { $0.lowercased() }
            guard names.count == 6, names[0] == "local time" || names[0] == "gmt time",
                  Array(names[1...]) == ["open", "high", "low", "close", "volume"] else {
                throw DataReadError(.malformed, file: source.name, line: 1, column: 1,
                                    "not a Dukascopy candle header (Local time,Open,High,Low,Close,Volume): '\(names.joined(separator: ","))'")
            }
            gmtHeader = names[0] == "gmt time"
            unzoned = try rows(&s, fallback: gmtHeader ? .utc : fallback, limit: options.maxLineLength, into: &bars)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes = ["each row's GMT offset was applied, so times are UTC"]
        if unzoned > 0, !gmtHeader {
            notes.append("\(unzoned) rows had no GMT offset; read in \(fallback.name)\(options.zone == nil ? " (assumed; pass --tz to change)" : "")")
        }
        let hints = FileNameHints.dukascopy(source.name)
        return ReadResult(format: format, payload: .bars(bars), rowsRead: bars.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe, zone: .utc,
                          priceDigits: PriceDigits.infer(bars), notes: notes)
    }

    /// Parses every row; returns how many rows had no `GMT±hhmm` suffix.
    private func rows(_ s: inout ByteScanner, fallback: TimeZoneRule, limit: Int, into bars: inout BarColumns) throws(DataReadError) -> Int {
        bars.reserve((s.end - s.position) / 64 + 16)
        var converter = LocalTimeConverter(fallback)
        var unzoned = 0
        while !s.atEnd {
            let day = try s.dayFirstDate("the date DD.MM.YYYY")
            try s.expect(32, "a space between the date and the time")
            let clock = try s.clockTime("the time HH:MM:SS.mmm")
            let local = Int64(day) * 86_400 + clock / 1_000_000_000
            var utc: Int64
            if s.current == 32 {
                utc = local - Int64(try offset(&s))
            } else {
                utc = converter.utcSeconds(fromLocal: local)
                unzoned += 1
            }
            try s.expect(44, "',' before the open")
            let open = try s.price("Open")
            try s.expect(44, "',' before the high")
            let high = try s.price("High")
            try s.expect(44, "',' before the low")
            let low = try s.price("Low")
            try s.expect(44, "',' before the close")
            let close = try s.price("Close")
            try s.expect(44, "',' before the volume")
            let volume = try s.genericDouble("Volume")
            try s.finishRow(limit: limit)
            utc = utc &* 1_000_000_000 + clock % 1_000_000_000
            bars.append(time: utc, open: open, high: high, low: low, close: close, tickVolume: 0, volume: volume, spread: 0)
        }
        return unzoned
    }

    /// ` GMT+hhmm` (also `UTC`, `+hh:mm`) as seconds east of UTC.
    private func offset(_ s: inout ByteScanner) throws(DataReadError) -> Int {
        s.position += 1
        for letter: UInt8 in [71, 77, 84] where s.current == letter { s.position += 1 }
        if s.current == 85 { s.position += 3 }  // "UTC"
        let sign = s.current
        guard sign == 43 || sign == 45 else { throw s.error("expected an offset like GMT+0100") }
        s.position += 1
        let hours = try s.fixedDigits(2, "the hours of the GMT offset (+hhmm)")
        if s.current == 58 { s.position += 1 }
        let minutes = try s.fixedDigits(2, "the minutes of the GMT offset (+hhmm)")
        guard hours <= 14, minutes < 60 else { s.position -= 4; throw s.error("\(hours):\(minutes) is not a GMT offset") }
        return (hours * 3600 + minutes * 60) * (sign == 45 ? -1 : 1)
    }
}
