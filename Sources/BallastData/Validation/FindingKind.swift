

/// What a validation check found. Raw values are stable: they appear in JSON reports and policy files.
public enum FindingKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A row repeats an earlier row with the same timestamp exactly.
    case duplicate
    /// Two rows share a timestamp but disagree on the values (bars and values; ticks may share a time).
    case conflictingDuplicate
    /// A row's time is earlier than the row before it.
    case outOfOrder
    /// High and low do not bound open and close.
    case ohlcInconsistent
    /// A price at or below zero.
    case nonPositivePrice
    /// A volume or value that is infinite or NaN where a number is required.
    case nonFinite
    /// A price that jumps away and straight back (a bad print), judged by a robust z-score.
    case spike
    /// A gap while the market was open (or any gap, unclassified, when no calendar is known).
    case missingData
    /// A gap the calendar explains (weekend, holiday): informational.
    case expectedClosure
    /// Many consecutive bars with identical, flat OHLC while the market was open.
    case staleRun
    /// Bars (or ticks) stamped at times the calendar calls closed.
    case closedSessionBars
    /// A tick whose bid is above its ask.
    case crossedQuote
    /// A missing (NaN) value in a plain value series.
    case missingValue

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
