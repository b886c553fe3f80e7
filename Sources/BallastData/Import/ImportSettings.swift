import BallastCore

/// What the user asked of an import, shared by every file in it.
public struct ImportSettings: Sendable {
    /// Force a format instead of detecting it.
    public var format: DataFormat?
    public var symbol: String?
    public var timeframe: Timeframe?
    /// The zone the files' times are written in (overrides a format's documented zone).
    public var zone: TimeZoneRule?
    /// A broker profile: its server zone applies to MT5 files, its symbol map to names.
    public var profile: BrokerProfile?
    public var validation: ValidationPolicy
    public var conflicts: ConflictPolicy
    /// Validate only; store nothing.
    public var dryRun: Bool
    /// Told the bytes parsed so far in the current file, now and then (for progress bars).
    public var progress: (@Sendable (Int) -> Void)?

    public init(format: DataFormat? = nil, symbol: String? = nil, timeframe: Timeframe? = nil, zone: TimeZoneRule? = nil,
                profile: BrokerProfile? = nil, validation: ValidationPolicy = ValidationPolicy(),
                conflicts: ConflictPolicy = .keepExisting, dryRun: Bool = false) {
        self.format = format
        self.symbol = symbol
        self.timeframe = timeframe
        self.zone = zone
        self.profile = profile
        self.validation = validation
        self.conflicts = conflicts
        self.dryRun = dryRun
    }
}
