import BallastCore

/// The account figures the desk must not forget across a restart: net deposits, where the
/// trading day started and the equity then, and the highest equity seen. Saved as JSON under
/// `DeskConfiguration.marksKey`.
public struct AccountMarks: Sendable, Hashable, Codable {
    public var deposits: Money
    /// The start of the trading day the marks belong to (the latest day roll seen).
    public var dayStart: Timestamp?
    /// Equity when the day was first seen after its roll, adjusted for deposits since.
    public var dayStartEquity: Money?
    public var equityPeak: Money?
    /// The peak and the day start as last saved (to decide when to save again).
    public var savedPeak: Money?
    public var savedDayStart: Timestamp?

    public init(deposits: Money) { self.deposits = deposits }

    /// Moves the marks to the trading day starting at `start` (its equity is taken as the
    /// day-start equity when the day is new) and raises the peak to `equity`.
    mutating func observe(equity: Money, dayStart start: Timestamp) {
        if dayStart.map({ start > $0 }) ?? true {
            dayStart = start
            dayStartEquity = equity
        }
        if equityPeak.map({ equity.raw > $0.raw }) ?? true { equityPeak = equity }
    }

    /// Whether the day rolled, or the peak rose by at least `step` (a fraction), since the
    /// marks were last saved.
    func needsSaving(peakStep step: Double) -> Bool {
        if dayStart != savedDayStart { return true }
        guard let peak = equityPeak else { return false }
        guard let saved = savedPeak, saved.raw > 0 else { return true }
        return Double(peak.raw - saved.raw) >= step * Double(saved.raw)
    }

    /// A deposit (negative: a withdrawal) moves the balance, the day-start equity and the peak
    /// alike, so it is never mistaken for a profit or a loss.
    mutating func deposit(_ amount: Money) {
        deposits = deposits + amount
        dayStartEquity = dayStartEquity.map { $0 + amount }
        equityPeak = equityPeak.map { $0 + amount }
    }
}
