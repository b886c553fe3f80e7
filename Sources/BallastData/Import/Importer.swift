import BallastCore

/// Reads, validates and stores files: the whole of `ballast data import` below the CLI.
///
/// Per file: detect the format, read it into columns (times to UTC), resolve the symbol through
/// the catalog and the broker profile, validate against the instrument's session calendar, and,
/// unless validation rejects the data, merge it into the store. A file that fails at any step
/// leaves the store as it was.
public struct Importer: Sendable {
    public let store: BarStore?
    public let catalog: InstrumentCatalog

    /// `store` nil validates without storing.
    public init(store: BarStore?, catalog: InstrumentCatalog) {
        self.store = store
        self.catalog = catalog
    }

    /// Imports one file. Never throws: every failure is described in the returned `FileImport`.
    public func importFile(_ path: String, settings: ImportSettings) -> FileImport {
        do {
            let source = try ByteSource(path: path)
            return importSource(source, path: path, settings: settings)
        } catch {
            return .failed(path, error)
        }
    }

    /// Imports bytes already opened (the CLI's stdin, tests).
    public func importSource(_ source: ByteSource, path: String, settings: ImportSettings) -> FileImport {
        var outcome = FileImport(path: path)
        let read: ReadResult
        do {
            read = try self.read(source, settings: settings, outcome: &outcome)
        } catch {
            return .failed(path, error)
        }
        return validateAndStore(read, source: source, settings: settings, outcome: outcome)
    }

    private func read(_ source: ByteSource, settings: ImportSettings, outcome: inout FileImport) throws(DataReadError) -> ReadResult {
        let format: DataFormat
        if let forced = settings.format {
            format = forced
            outcome.detection = "given with --format"
        } else {
            let (detected, detection) = try ReaderRegistry.detectedFormat(of: source)
            format = detected
            outcome.detection = "\(detection.confidence.rawValue): \(detection.reason)"
        }
        var zone = settings.zone
        if zone == nil, format == .mt5Bars || format == .mt5Ticks, let name = settings.profile?.serverTimeZone {
            guard let rule = TimeZoneRule.named(name) else {
                throw DataReadError(.badOption, file: source.name, "broker profile \(settings.profile!.name) names an unknown time zone '\(name)'")
            }
            zone = rule
        }
        var options = ReadOptions(symbol: settings.symbol, timeframe: settings.timeframe, zone: zone)
        options.progress = settings.progress
        var result = try ReaderRegistry.reader(for: format).read(source, options: options)
        result.notes = source.encodingNotes.map { "encoding: \($0)" } + result.notes
        return result
    }
}
