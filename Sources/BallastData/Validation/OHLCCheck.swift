import BallastCore

/// High and low must bound open and close. A bar off by a little (rounding, a late tick) is
/// repaired by widening high/low; one whose high is below its low, or that would need widening by
/// more than the policy's `ohlcRepairLimit` of its close, is too broken to guess at and is dropped.
struct OHLCCheck {
    let action: FindingAction
    let limit: Double
    let digits: Int
    var fixable: FindingDraft
    var egregious: FindingDraft

    init(validator: Validator) {
        action = validator.action(.ohlcInconsistent)
        limit = validator.policy.ohlcRepairLimit
        digits = validator.digits
        fixable = FindingDraft(.ohlcInconsistent, action, maxRepairs: validator.policy.maxRepairRecords)
        egregious = FindingDraft(.ohlcInconsistent, action == .repair ? .drop : action)
    }

    /// Checks bar `i`, repairing it in place when allowed; returns whether the bar must be removed.
    mutating func check(_ b: inout BarColumns, _ i: Int, row: Int) -> Bool {
        let (o, h, l, c) = (b.open[i], b.high[i], b.low[i], b.close[i])
        let top = max(o, c), bottom = min(o, c)
        guard h < top || l > bottom || h < l else { return false }
        let detail = describe(o, h, l, c)
        let widening = Double(max(top - h, 0) + max(l - bottom, 0))
        let isEgregious = h < l || widening > limit * Double(c)
        if isEgregious {
            egregious.add(row: row, time: b.time[i], detail)
            return Validator.removes(egregious.action)
        }
        fixable.add(row: row, time: b.time[i], detail)
        if action == .repair {
            if h < top {
                let (old, new) = (text(h), text(top))
                fixable.repaired(row: row, field: "high", old: old, new: new)
                b.high[i] = top
            }
            if l > bottom {
                let (old, new) = (text(l), text(bottom))
                fixable.repaired(row: row, field: "low", old: old, new: new)
                b.low[i] = bottom
            }
        }
        return Validator.removes(action)
    }

    /// The repaired finding first, then the dropped one.
    func findings() -> [Finding] {
        let how = action == .repair ? "high and low were widened to include open and close" : action.outcome(fixable.count)
        let limitText = ValidationText.percent(Int(limit * 10000), of: 10000)
        let bad = "\(ValidationText.plural(egregious.count, "bar")) cannot be repaired safely (high below low, or more than "
            + "\(limitText) off the price); \(egregious.action.outcome(egregious.count))."
        return [
            fixable.finish("\(ValidationText.plural(fixable.count, "bar", "has", "have")) a high or low that does not contain open and close; \(how)."),
            egregious.finish(bad),
        ].compactMap { $0 }
    }

    private func text(_ raw: Int64) -> String { ValidationText.price(raw, digits: digits) }

    /// "high 1.1000 < open 1.1003": the first broken relation.
    private func describe(_ o: Int64, _ h: Int64, _ l: Int64, _ c: Int64) -> String {
        if h < l { return "high \(text(h)) < low \(text(l))" }
        if h < o { return "high \(text(h)) < open \(text(o))" }
        if h < c { return "high \(text(h)) < close \(text(c))" }
        if l > o { return "low \(text(l)) > open \(text(o))" }
        return "low \(text(l)) > close \(text(c))"
    }
}
