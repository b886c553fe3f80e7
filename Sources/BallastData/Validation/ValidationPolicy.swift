/// What validation does about each kind of finding, and the thresholds of the checks.
///
/// Defaults are chosen so that good vendor data imports untouched and bad rows never reach a
/// backtest silently:
/// - `duplicate` (identical rows) → drop: a repeated row carries no information; the first copy is kept.
/// - `conflictingDuplicate` → reject. Two different bars for one instant mean two feeds were spliced
///   or the time zone is wrong at a daylight-saving fold; either copy may be the wrong one, and
///   keeping one silently bakes an unknowable error into every backtest. Set it to `drop` to keep
///   the first copy on purpose.
/// - `outOfOrder` → repair by a stable sort (a newest-first file is reversed and reported once).
/// - `ohlcInconsistent` → repair by widening high/low to include open/close; a bar whose high is
///   below its low, or that needs widening by more than `ohlcRepairLimit` of its price, is dropped.
/// - `nonPositivePrice`, `nonFinite`, `crossedQuote`, `missingValue` → drop.
/// - `spike` → report: a real move must never be deleted silently.
/// - `missingData`, `expectedClosure`, `staleRun`, `closedSessionBars` → report.
///
/// Codable for configuration files; keys that are missing keep their defaults, unknown kinds are an error.
public struct ValidationPolicy: Codable, Sendable, Equatable {
    /// The action for each kind; kinds not listed use `ValidationPolicy.defaultActions`.
    public var actions: [FindingKind: FindingAction]
    /// A return is extreme when its robust z-score (median and MAD) exceeds this.
    public var spikeThreshold: Double
    /// Returns per block over which median and MAD are measured (local volatility, linear cost).
    public var spikeWindow: Int
    /// Consecutive identical flat bars that make a stale run.
    public var staleRunLength: Int
    /// For ticks (no timeframe): a pause longer than this, in seconds, is a gap.
    public var tickGapSeconds: Int64
    /// Largest repair of an inconsistent bar, as a fraction of its close; larger ones are dropped.
    public var ohlcRepairLimit: Double
    /// Share of bars in closed sessions above which the report suspects the time zone.
    public var closedShareForZoneHint: Double
    /// Repairs recorded per finding (the count stays exact).
    public var maxRepairRecords: Int

    public static let defaultActions: [FindingKind: FindingAction] = [
        .duplicate: .drop, .conflictingDuplicate: .reject, .outOfOrder: .repair, .ohlcInconsistent: .repair,
        .nonPositivePrice: .drop, .nonFinite: .drop, .spike: .report, .missingData: .report,
        .expectedClosure: .report, .staleRun: .report, .closedSessionBars: .report, .crossedQuote: .drop,
        .missingValue: .drop,
    ]

    public init(actions: [FindingKind: FindingAction] = [:], spikeThreshold: Double = 10, spikeWindow: Int = 1000,
                staleRunLength: Int = 10, tickGapSeconds: Int64 = 900, ohlcRepairLimit: Double = 0.01,
                closedShareForZoneHint: Double = 0.02, maxRepairRecords: Int = 1000) {
        self.actions = Self.defaultActions.merging(actions) { _, new in new }
        self.spikeThreshold = spikeThreshold
        self.spikeWindow = max(spikeWindow, 10)
        self.staleRunLength = max(staleRunLength, 2)
        self.tickGapSeconds = max(tickGapSeconds, 1)
        self.ohlcRepairLimit = ohlcRepairLimit
        self.closedShareForZoneHint = closedShareForZoneHint
        self.maxRepairRecords = max(maxRepairRecords, 0)
    }

    /// The action for `kind`.
    public subscript(kind: FindingKind) -> FindingAction {
        get { actions[kind] ?? Self.defaultActions[kind] ?? .report }
        set { actions[kind] = newValue }
    }

    enum CodingKeys: String, CodingKey {
        case actions, spikeThreshold, spikeWindow, staleRunLength, tickGapSeconds, ohlcRepairLimit
        case closedShareForZoneHint, maxRepairRecords
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ValidationPolicy()
        var actions: [FindingKind: FindingAction] = [:]
        for (name, action) in try c.decodeIfPresent([String: FindingAction].self, forKey: .actions) ?? [:] {
            guard let kind = FindingKind(rawValue: name) else {
                let known = FindingKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(forKey: .actions, in: c,
                                                       debugDescription: "unknown finding kind '\(name)' (known: \(known))")
            }
            actions[kind] = action
        }
        self.init(actions: actions,
                  spikeThreshold: try c.decodeIfPresent(Double.self, forKey: .spikeThreshold) ?? d.spikeThreshold,
                  spikeWindow: try c.decodeIfPresent(Int.self, forKey: .spikeWindow) ?? d.spikeWindow,
                  staleRunLength: try c.decodeIfPresent(Int.self, forKey: .staleRunLength) ?? d.staleRunLength,
                  tickGapSeconds: try c.decodeIfPresent(Int64.self, forKey: .tickGapSeconds) ?? d.tickGapSeconds,
                  ohlcRepairLimit: try c.decodeIfPresent(Double.self, forKey: .ohlcRepairLimit) ?? d.ohlcRepairLimit,
                  closedShareForZoneHint: try c.decodeIfPresent(Double.self, forKey: .closedShareForZoneHint)
                      ?? d.closedShareForZoneHint,
                  maxRepairRecords: try c.decodeIfPresent(Int.self, forKey: .maxRepairRecords) ?? d.maxRepairRecords)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let named = Dictionary(uniqueKeysWithValues: actions.map { ($0.key.rawValue, $0.value) })
        try c.encode(named, forKey: .actions)
        try c.encode(spikeThreshold, forKey: .spikeThreshold)
        try c.encode(spikeWindow, forKey: .spikeWindow)
        try c.encode(staleRunLength, forKey: .staleRunLength)
        try c.encode(tickGapSeconds, forKey: .tickGapSeconds)
        try c.encode(ohlcRepairLimit, forKey: .ohlcRepairLimit)
        try c.encode(closedShareForZoneHint, forKey: .closedShareForZoneHint)
        try c.encode(maxRepairRecords, forKey: .maxRepairRecords)
    }
}
