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

    @Option(name: .customLong("on-conflict"), help: "When a stored row at the same time differs: keep-existing (default), replace or fail.")
    var onConflict: ConflictPolicy?

    @Option(name: .customLong("policy"), help: "Validation action for a finding kind, e.g. spike=drop or conflictingDuplicate=drop (repeatable).")
    var policies: [String] = []

    @Option(help: "Configuration file (default: <home>/ballast.yaml when it exists).")
    var config: String?

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    /// The settings for the importer: flags over the configuration file over defaults.
    func settings(catalog: InstrumentCatalog, home: String, dryRun: Bool) throws -> ImportSettings {
        let configuration = try ConfigLoader.importConfiguration(home: home, file: config)
        var settings = ImportSettings(format: format, symbol: symbol, timeframe: timeframe, validation: configuration.validation,
                                      conflicts: onConflict ?? configuration.conflicts, dryRun: dryRun)
        if let zone {
            guard let rule = TimeZoneRule.named(zone) else {
                throw CLIError(.configError, "unknown time zone '\(zone)': use UTC, UTC+2, +03:00, an IANA name such as Europe/Athens, or NY+7")
            }
            settings.zone = rule
        }
        if let name = broker ?? configuration.broker {
            guard let profile = catalog.profiles[name] else {
                throw CLIError(.configError, "no broker profile '\(name)'; known: \(catalog.profiles.keys.sorted().joined(separator: ", "))")
            }
            settings.profile = profile
        }
        for entry in policies {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = FindingKind(rawValue: parts[0]), let action = FindingAction(rawValue: parts[1]) else {
                throw CLIError(.usage, "--policy takes KIND=ACTION with KIND one of \(FindingKind.allCases.map(\.rawValue).joined(separator: ", ")) and ACTION one of reject, drop, repair, report; got '\(entry)'")
            }
            settings.validation[kind] = action
        }
        return settings
    }
}

extension DataFormat: ExpressibleByArgument {}
extension ConflictPolicy: ExpressibleByArgument {}

extension Timeframe: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
