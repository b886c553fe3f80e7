import BallastCore

/// The row layout HistData's Generic ASCII M1 files and NinjaTrader's minute exports share:
/// `YYYYMMDD HHMMSS;open;high;low;close;volume`, no header.
enum CompactBarRows {
    static func read(_ s: inout ByteScanner, zone: TimeZoneRule, limit: Int) throws(DataReadError) -> BarColumns {
        var bars = BarColumns()
        bars.reserve((s.end - s.position) / 52 + 16)
        var converter = LocalTimeConverter(zone)
        while !s.atEnd {
            let day = try s.compactDate("a date YYYYMMDD")
            try s.expect(32, "a space between the date and the time (YYYYMMDD HHMMSS)")
            let clock = try s.compactClock(millis: false, "a time HHMMSS")
            try s.expect(59, "';' before the open")
            let open = try s.price("the open")
            try s.expect(59, "';' before the high")
            let high = try s.price("the high")
            try s.expect(59, "';' before the low")
            let low = try s.price("the low")
            try s.expect(59, "';' before the close")
            let close = try s.price("the close")
            try s.expect(59, "';' before the volume")
            let volume = try s.double("the volume")
            try s.finishRow(limit: limit)
            let utc = converter.utcSeconds(fromLocal: Int64(day) * 86_400 + clock / 1_000_000_000)
            bars.append(time: utc &* 1_000_000_000, open: open, high: high, low: low, close: close,
                        tickVolume: 0, volume: volume, spread: 0)
        }
        return bars
    }
}
