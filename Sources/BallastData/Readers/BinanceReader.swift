import BallastCore

/// Reads Binance kline files (data.binance.vision): 12 columns — open time, open, high, low,
/// close, volume, close time, quote volume, trade count, taker-buy base and quote volume, ignore.
///
/// Spot archives have no header; USDⓈ-M futures archives (and re-saved spot files) do. Open
/// times are milliseconds, or microseconds (16 digits) in spot files since 2025. Bars take the
/// base-asset volume as `volume` and the trade count as `tickVolume`.
public struct BinanceReader: FormatReader {
    public let format = DataFormat.binance

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        var bars = BarColumns()
        var micros = 0
        var hasHeader = false
        do throws(DataReadError) {
            if s.current &- 48 >= 10 {
                hasHeader = true
                let names = try s.headerNames(delimiter: 44, limit: options.maxLineLength)
                let first = names[0].lowercased().filter { $0.isLetter }
                guard names.count == 12, first == "opentime" else {
                    throw DataReadError(.malformed, file: source.name, line: 1, column: 1,
                                        "not a Binance klines header (open_time,open,high,low,close,volume,close_time,… 12 columns)")
                }
            }
            micros = try rows(&s, limit: options.maxLineLength, into: &bars)
        } catch { throw s.classify(error, limit: options.maxLineLength) }
        var notes: [String] = []
        if micros > 0 { notes.append("\(micros) open times are in microseconds (Binance spot files since 2025)") }
        if hasHeader { notes.append("header line skipped") }
        let hints = FileNameHints.binance(source.name)
        return ReadResult(format: format, payload: .bars(bars), rowsRead: bars.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe, zone: .utc,
                          priceDigits: PriceDigits.infer(bars), notes: notes)
    }

    /// Parses every row; returns how many open times were in microseconds.
    private func rows(_ s: inout ByteScanner, limit: Int, into bars: inout BarColumns) throws(DataReadError) -> Int {
        bars.reserve((s.end - s.position) / 120 + 16)
        var micros = 0
        while !s.atEnd {
            let openTime = try s.unsigned("the open time (ms or µs since 1970)")
            let isMicros = openTime >= 1_000_000_000_000_000
            if isMicros { micros += 1 }
            try s.expect(44, "',' before the open")
            let open = try s.price("open")
            try s.expect(44, "',' before the high")
            let high = try s.price("high")
            try s.expect(44, "',' before the low")
            let low = try s.price("low")
            try s.expect(44, "',' before the close")
            let close = try s.price("close")
            try s.expect(44, "',' before the volume")
            let volume = try s.genericDouble("volume")
            try s.expect(44, "',' before the close time")
            _ = try s.unsigned("the close time")
            try s.expect(44, "',' before the quote volume")
            _ = try s.genericDouble("the quote volume")
            try s.expect(44, "',' before the trade count")
            let trades = try s.unsigned("the trade count")
            for name in ["the taker-buy base volume", "the taker-buy quote volume", "the ignore column"] {
                try s.expect(44, "',' before \(name) (12 columns)")
                _ = try s.genericDouble(name)
            }
            try s.finishRow(limit: limit)
            let nanos = isMicros ? openTime &* 1_000 : openTime &* 1_000_000
            bars.append(time: nanos, open: open, high: high, low: low, close: close, tickVolume: trades, volume: volume, spread: 0)
        }
        return micros
    }
}
