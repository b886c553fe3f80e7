import BallastRisk
import BallastStore

/// What one kill switch evaluation did: the board's report, then the actions performed after
/// the changes were stored.
public struct KillSwitchResponse: Sendable, Hashable {
    public var report: KillSwitchReport
    /// Working orders cancelled (as stored after the venue answered).
    public var cancelled: [OrderRecord] = []
    /// The flattening orders sent, one per symbol.
    public var flattened: [RouteOutcome] = []
    /// Actions that failed (audited; retried at the next evaluation).
    public var failures: [String] = []

    public init(report: KillSwitchReport) { self.report = report }

    /// The grade in force after the evaluation.
    public var grade: KillSwitchGrade? { report.grade }
}
