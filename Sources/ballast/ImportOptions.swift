import ArgumentParser
import BallastCore
import BallastData

/// The flags `import` and `validate` share.
struct ImportOptions: ParsableArguments {
    @Argument(help: "Files to read (.csv, .txt, .tsv, optionally .gz).")
    var files: [String]

    @Option(help: "File format (default: detected). One of: \(DataFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DataFormat?

    @Option(help: "Symbol (default: from the file name).")
    var symbol: String?

    @Option(help: "Bar timeframe M1 M5 M15 M30 H1 H4 D1 W1 MN1 (default: from the file name or the bar spacing).")
    var timeframe: Timeframe?

    @Option(name: .customLong("tz"), help: "Time zone of the file's times: UTC, UTC+2, +03:00, Europe/Athens, NY+7. Required for MT5 exports unless --broker gives it.")
    var zone: String?

    @Option(help: "Broker profile from the catalog (server time zone and symbol names).")
    var broker: String?

    @Option(name: .customLong("on-conflict"), help: "When a stored row at the same time differs: keep-existing, replace or fail.")
    var onConflict: ConflictPolicy = .keepExisting

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    /// The settings for the importer, resolved against the catalog.
    func settings(catalog: InstrumentCatalog, dryRun: Bool) throws -> ImportSettings {
        var settings = ImportSettings(format: format, symbol: symbol, timeframe: timeframe, conflicts: onConflict, dryRun: dryRun)
        if let zone {
            guard let rule = TimeZoneRule.named(zone) else {
                throw CLIError(.configError, "unknown time zone '\(zone)': use UTC, UTC+2, +03:00, an IANA name such as Europe/Athens, or NY+7")
            }
            settings.zone = rule
        }
        if let broker {
            guard let profile = catalog.profiles[broker] else {
                throw CLIError(.configError, "no broker profile '\(broker)'; known: \(catalog.profiles.keys.sorted().joined(separator: ", "))")
            }
            settings.profile = profile
        }
        return settings
    }
}

extension DataFormat: ExpressibleByArgument {}
extension ConflictPolicy: ExpressibleByArgument {}

extension Timeframe: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
