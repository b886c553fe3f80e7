import BallastCore

/// Reads HistData.com "Generic ASCII" M1 bars: `YYYYMMDD HHMMSS;open;high;low;close;volume`,
/// no header, volume always 0.
///
/// HistData writes Eastern Standard Time all year (UTC−5, no daylight saving), so that is the
/// default zone; `options.zone` overrides it.
public struct HistDataM1Reader: FormatReader {
    public let format = DataFormat.histdataM1

    public init() {}

    /// HistData's clock: EST without DST.
    public static let zone = TimeZoneRule.fixed(seconds: -5 * 3600, name: "EST (UTC-5, no DST)")

    public func read(_ source: ByteSource, options: ReadOptions) throws(DataReadError) -> ReadResult {
        var s = try ByteScanner.checked(source)
        let zone = options.zone ?? Self.zone
        let bars: BarColumns
        do { bars = try CompactBarRows.read(&s, zone: zone, limit: options.maxLineLength) } catch {
            throw s.classify(error, limit: options.maxLineLength)
        }
        let hints = FileNameHints(path: source.name)
        var notes: [String] = []
        if options.zone == nil { notes.append("times read as HistData's EST (UTC-5 all year, no daylight saving); pass --tz to override") }
        return ReadResult(format: format, payload: .bars(bars), rowsRead: bars.count, symbol: options.symbol ?? hints.symbol,
                          timeframe: options.timeframe ?? hints.timeframe ?? .m1, zone: zone,
                          priceDigits: PriceDigits.infer(bars), notes: notes)
    }
}
