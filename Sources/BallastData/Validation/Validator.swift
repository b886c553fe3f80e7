import BallastCore

/// Checks a series straight from a reader and cleans it according to a `ValidationPolicy`.
///
/// The checks run in a fixed order, each on the output of the previous one: ordering,
/// duplicates, row checks (prices, quotes, OHLC, missing values), spikes, closed sessions and
/// stale runs, then gaps. A pure value: no I/O, no clock, so a report is reproducible.
public struct Validator: Sendable {
    public var policy: ValidationPolicy
    /// The bar period; nil for ticks and values (and for bars, the most common spacing is used).
    public var timeframe: Timeframe?
    /// When the market trades; nil means gaps cannot be classified and sessions are not checked.
    public var calendar: (any TradingCalendar)?
    /// The zone the file's times were read in (named in a wrong-zone hint).
    public var zone: TimeZoneRule
    /// Decimals shown for prices in examples and repairs.
    public var digits: Int

    public init(policy: ValidationPolicy = ValidationPolicy(), timeframe: Timeframe?, calendar: (any TradingCalendar)?,
                zone: TimeZoneRule, digits: Int) {
        self.policy = policy
        self.timeframe = timeframe
        self.calendar = calendar
        self.zone = zone
        self.digits = min(max(digits, 0), Price.decimals)
    }

    /// Validates `payload` (rows in file order) and returns the cleaned rows with the report.
    public func validate(_ payload: ReadResult.Payload) -> ValidationOutcome {
        var work = ValidationWork(payload)
        var findings: [Finding] = []
        var notes: [String] = []
        findings += order(&work)
        findings += deduplicate(&work)
        switch work.payload {
        case .bars: findings += checkBars(&work)
        case .ticks: findings += checkTicks(&work)
        case .values: findings += checkValues(&work)
        }
        findings += flagSpikes(&work)
        if calendar == nil, payload.kind != "values" {
            notes.append("no trading calendar was given, so gaps cannot be told from closures and sessions were not checked")
        }
        findings += checkSessions(&work)
        findings += checkStaleRuns(&work)
        findings += checkGaps(&work, notes: &notes)
        let report = ValidationReport(payloadKind: payload.kind, rowsIn: payload.count, rowsOut: work.count,
                                      findings: findings, notes: notes)
        return ValidationOutcome(cleaned: work.payload, report: report)
    }

    /// The policy's action for `kind`, with actions the kind cannot perform mapped to the nearest
    /// one: `repair` becomes `drop` for kinds without a repair; gaps have no rows, so `drop` and
    /// `repair` become `report` for them.
    func action(_ kind: FindingKind) -> FindingAction {
        let wanted = policy[kind]
        switch (kind, wanted) {
        case (.missingData, .drop), (.missingData, .repair), (.expectedClosure, .drop), (.expectedClosure, .repair):
            return .report
        case (.outOfOrder, _), (.ohlcInconsistent, _), (.nonFinite, _):
            return wanted
        case (_, .repair):
            return .drop
        default:
            return wanted
        }
    }

    /// "bar", "tick" or "value".
    func noun(_ payload: ReadResult.Payload) -> String { String(payload.kind.dropLast()) }

    /// Whether `action` removes the rows it is about.
    static func removes(_ action: FindingAction) -> Bool { action == .drop }
}
