import BallastCore

extension Validator {
    /// Bars: non-finite volume, non-positive prices, and high/low that do not bound open/close.
    func checkBars(_ work: inout ValidationWork) -> [Finding] {
        guard case .bars(var b) = work.payload else { return [] }
        let rows = work.rows
        var nonFinite = FindingDraft(.nonFinite, action(.nonFinite), maxRepairs: policy.maxRepairRecords)
        var nonPositive = FindingDraft(.nonPositivePrice, action(.nonPositivePrice))
        var ohlc = OHLCCheck(validator: self)
        var removed: [Int] = []
        for i in 0..<b.count {
            if !b.volume[i].isFinite {
                nonFinite.add(row: rows[i], time: b.time[i], "volume \(b.volume[i])")
                if nonFinite.action == .repair {
                    nonFinite.repaired(row: rows[i], field: "volume", old: "\(b.volume[i])", new: "0")
                    b.volume[i] = 0
                } else if Self.removes(nonFinite.action) { removed.append(i); continue }
            }
            let lowest = min(b.open[i], b.high[i], b.low[i], b.close[i])
            if lowest <= 0 {
                let fields = [("open", b.open[i]), ("high", b.high[i]), ("low", b.low[i]), ("close", b.close[i])]
                let field: String = fields.first(where: { $0.1 <= 0 })?.0 ?? "price"
                nonPositive.add(row: rows[i], time: b.time[i], "\(field) \(ValidationText.price(lowest, digits: digits))")
                if Self.removes(nonPositive.action) { removed.append(i); continue }
            }
            if ohlc.check(&b, i, row: rows[i]) { removed.append(i) }
        }
        work.replaceBars(b)
        work.remove(removed)
        let dropped = nonFinite.action == .repair ? "they were set to 0" : nonFinite.action.outcome(nonFinite.count)
        return [
            nonFinite.finish("\(ValidationText.plural(nonFinite.count, "bar", "has", "have")) a volume that is not a finite number; \(dropped)."),
            nonPositive.finish("\(ValidationText.plural(nonPositive.count, "bar", "has", "have")) a price at or below zero; \(nonPositive.action.outcome(nonPositive.count))."),
        ].compactMap { $0 } + ohlc.findings()
    }

    /// Ticks: non-finite volume, non-positive prices, and crossed quotes (bid above ask).
    func checkTicks(_ work: inout ValidationWork) -> [Finding] {
        guard case .ticks(var t) = work.payload else { return [] }
        let rows = work.rows
        let missing = TickColumns.missing
        var nonFinite = FindingDraft(.nonFinite, action(.nonFinite), maxRepairs: policy.maxRepairRecords)
        var nonPositive = FindingDraft(.nonPositivePrice, action(.nonPositivePrice))
        var crossed = FindingDraft(.crossedQuote, action(.crossedQuote))
        var removed: [Int] = []
        for i in 0..<t.count {
            if !t.volume[i].isFinite {
                nonFinite.add(row: rows[i], time: t.time[i], "volume \(t.volume[i])")
                if nonFinite.action == .repair {
                    nonFinite.repaired(row: rows[i], field: "volume", old: "\(t.volume[i])", new: "0")
                    t.volume[i] = 0
                } else if Self.removes(nonFinite.action) { removed.append(i); continue }
            }
            let sides = [("bid", t.bid[i]), ("ask", t.ask[i]), ("last", t.last[i])]
            if let bad = sides.first(where: { $0.1 != missing && $0.1 <= 0 }) {
                nonPositive.add(row: rows[i], time: t.time[i], "\(bad.0) \(ValidationText.price(bad.1, digits: digits))")
                if Self.removes(nonPositive.action) { removed.append(i); continue }
            }
            if t.bid[i] != missing, t.ask[i] != missing, t.bid[i] > t.ask[i] {
                crossed.add(row: rows[i], time: t.time[i],
                            "bid \(ValidationText.price(t.bid[i], digits: digits)) > ask \(ValidationText.price(t.ask[i], digits: digits))")
                if Self.removes(crossed.action) { removed.append(i) }
            }
        }
        work.replaceTicks(t)
        work.remove(removed)
        let fixed = nonFinite.action == .repair ? "they were set to 0" : nonFinite.action.outcome(nonFinite.count)
        return [
            nonFinite.finish("\(ValidationText.plural(nonFinite.count, "tick", "has", "have")) a volume that is not a finite number; \(fixed)."),
            nonPositive.finish("\(ValidationText.plural(nonPositive.count, "tick", "has", "have")) a price at or below zero; \(nonPositive.action.outcome(nonPositive.count))."),
            crossed.finish("\(ValidationText.plural(crossed.count, "tick", "has", "have")) a bid above the ask (a crossed quote); \(crossed.action.outcome(crossed.count))."),
        ].compactMap { $0 }
    }

    /// Values: NaN is a missing value, ±infinity is non-finite; both are dropped by default.
    func checkValues(_ work: inout ValidationWork) -> [Finding] {
        guard case .values(let v) = work.payload else { return [] }
        var missing = FindingDraft(.missingValue, action(.missingValue))
        var infinite = FindingDraft(.nonFinite, action(.nonFinite) == .repair ? .drop : action(.nonFinite))
        var removed: [Int] = []
        for i in 0..<v.count where !v.value[i].isFinite {
            if v.value[i].isNaN {
                missing.add(row: work.rows[i], time: v.time[i], "value missing")
                if Self.removes(missing.action) { removed.append(i) }
            } else {
                infinite.add(row: work.rows[i], time: v.time[i], "value \(v.value[i])")
                if Self.removes(infinite.action) { removed.append(i) }
            }
        }
        work.remove(removed)
        return [
            missing.finish("\(missing.count) of \(v.count) values are missing (NaN); \(missing.action.outcome(missing.count))."),
            infinite.finish("\(ValidationText.plural(infinite.count, "value", "is", "are")) infinite; \(infinite.action.outcome(infinite.count))."),
        ].compactMap { $0 }
    }
}
