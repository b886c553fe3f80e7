import BallastCore

/// Reads NinjaTrader minute exports: `YYYYMMDD HHMMSS;open;high;low;close;volume`, no header,
/// the same layout as HistData's M1 files.
///
/// NinjaTrader writes the exporting PC's time zone, which the file does not state: the reader
/// uses `options.zone` and otherwise assumes UTC, saying so in a note.
public struct NinjaTraderReader: FormatReader {
    public let format = DataFormat.ninjatrader

    public init() {}

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        let zone = options.zone ?? .utc
        let bars: BarColumns
        do { bars = try CompactBarRows.read(&s, zone: zone, limit: options.maxLineLength) } catch {
            throw s.classify(error, limit: options.maxLineLength)
        }
        var notes: [String] = []
        if options.zone == nil {
            notes.append("NinjaTrader exports use the exporting PC's time zone, which the file does not state; assumed UTC. Pass --tz (for example America/New_York) if the exporter ran elsewhere")
        }
        let (symbol, timeframe) = Self.hints(source.name)
        return ReadResult(format: format, payload: .bars(bars), rowsRead: bars.count, symbol: options.symbol ?? symbol,
                          timeframe: options.timeframe ?? timeframe ?? .m1, zone: zone,
                          priceDigits: PriceDigits.infer(bars), notes: notes)
    }

    /// `SPY_M1_….csv` or NinjaTrader's own `ES 03-24.Last.txt` / `SPY.Last.txt`.
    static func hints(_ path: String) -> (String?, Timeframe?) {
        let stem = FileNameHints.stem(path)
        for side in [".Last", ".Bid", ".Ask"] where stem.hasSuffix(side) {
            return (String(stem.dropLast(side.count)), .m1)
        }
        let hints = FileNameHints(path: path)
        return (hints.symbol, hints.timeframe)
    }
}
