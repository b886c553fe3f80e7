/// The reader for each format, and the read-with-detection entry point the CLI uses.
public enum ReaderRegistry {
    public static func reader(for format: DataFormat) -> any FormatReader {
        switch format {
        case .mt5Bars: MT5BarsReader()
        case .mt5Ticks: MT5TicksReader()
        case .histdataM1: HistDataM1Reader()
        case .histdataTicks: HistDataTicksReader()
        case .ninjatrader: NinjaTraderReader()
        case .dukascopy: DukascopyReader()
        case .yahoo: YahooReader()
        case .stooq: StooqReader()
        case .binance: BinanceReader()
        case .fred: FREDReader()
        case .generic: GenericCSVReader()
        }
    }

    /// Reads `source` as `format`, or as the detected format when `format` is nil. An unsure
    /// detection is refused (`.ambiguousFormat`, with the hint) unless `acceptUnsure` is set.
    public static func read(_ source: ByteSource, format: DataFormat? = nil, options: ReadOptions = ReadOptions(),
                            acceptUnsure: Bool = false) throws(DataReadError) -> ReadResult {
        if let format { return try reader(for: format).read(source, options: options) }
        let (detected, detection) = try detectedFormat(of: source, acceptUnsure: acceptUnsure)
        var result = try reader(for: detected).read(source, options: options)
        result.notes.insert("format \(detected.rawValue) (\(detection.confidence.rawValue)): \(detection.reason)", at: 0)
        return result
    }

    /// The format `source` holds, with the detection that found it; throws the precise error when
    /// there is none (`.empty`, `.binary`, `.unknownFormat`) or when it is unsure and
    /// `acceptUnsure` is not set (`.ambiguousFormat`, with what would settle it).
    public static func detectedFormat(of source: ByteSource, acceptUnsure: Bool = false) throws(DataReadError) -> (DataFormat, Detection) {
        let detection = FormatDetector.detect(source)
        guard let detected = detection.format else {
            if source.bytes.isEmpty || source.bytes.allSatisfy({ $0 == 10 || $0 == 13 }) {
                throw DataReadError(.empty, file: source.name, "the file is empty")
            }
            if detection.confidence == .certain { throw DataReadError(.binary, file: source.name, detection.reason) }
            throw DataReadError(.unknownFormat, file: source.name, detection.reason + (detection.hint.map { "; \($0)" } ?? ""))
        }
        if detection.confidence == .unsure, !acceptUnsure {
            throw DataReadError(.ambiguousFormat, file: source.name,
                                "\(detection.reason) fits \(([detected] + detection.alternatives).map(\.rawValue).joined(separator: " and ")); \(detection.hint ?? "pass --format")")
        }
        return (detected, detection)
    }
}
