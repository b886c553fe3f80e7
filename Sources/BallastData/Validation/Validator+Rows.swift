import BallastCore

extension Validator {
    /// Bars: non-finite volume, non-positive prices, and high/low that do not bound open/close.
    func checkBars(_ work: inout ValidationWork) -> [Finding] {
        guard case .bars(let bars) = work.payload else { return [] }
        // One tight pass finds the few bars that need a look; clean bars cost a handful of compares.
        let (suspects, longestFlatRun) = Self.suspectBars(bars)
        var nonFinite = FindingDraft(.nonFinite, action(.nonFinite), maxRepairs: policy.maxRepairRecords)
        var nonPositive = FindingDraft(.nonPositivePrice, action(.nonPositivePrice))
        var ohlc = OHLCCheck(validator: self)
        var removed: [Int] = []
        if !suspects.isEmpty {
            let rows = work.rows
            work.repairBars { b in
                for i in suspects where checkBar(&b, i, row: rows[i], &nonFinite, &nonPositive, &ohlc) { removed.append(i) }
            }
        }
        work.remove(removed)
        if suspects.isEmpty {
            work.facts.barsClean = true
            work.facts.longestFlatRun = longestFlatRun
        }
        let dropped = nonFinite.action == .repair ? "they were set to 0" : nonFinite.action.outcome(nonFinite.count)
        return [
            nonFinite.finish("\(ValidationText.plural(nonFinite.count, "bar", "has", "have")) a volume that is not a finite number; \(dropped)."),
            nonPositive.finish("\(ValidationText.plural(nonPositive.count, "bar", "has", "have")) a price at or below zero; \(nonPositive.action.outcome(nonPositive.count))."),
        ].compactMap { $0 } + ohlc.findings()
    }

    /// Checks (and repairs, when allowed) bar `i`; returns whether it must be removed.
    private func checkBar(_ b: inout BarColumns, _ i: Int, row: Int, _ nonFinite: inout FindingDraft,
                          _ nonPositive: inout FindingDraft, _ ohlc: inout OHLCCheck) -> Bool {
        if !b.volume[i].isFinite {
            nonFinite.add(row: row, time: b.time[i], "volume \(b.volume[i])")
            if nonFinite.action == .repair {
                nonFinite.repaired(row: row, field: "volume", old: "\(b.volume[i])", new: "0")
                b.volume[i] = 0
            } else if Self.removes(nonFinite.action) { return true }
        }
        let lowest = min(b.open[i], b.high[i], b.low[i], b.close[i])
        if lowest <= 0 {
            let fields = [("open", b.open[i]), ("high", b.high[i]), ("low", b.low[i]), ("close", b.close[i])]
            let field: String = fields.first(where: { $0.1 <= 0 })?.0 ?? "price"
            nonPositive.add(row: row, time: b.time[i], "\(field) \(ValidationText.price(lowest, digits: digits))")
            if Self.removes(nonPositive.action) { return true }
        }
        return ohlc.check(&b, i, row: row)
    }

    /// Indices of the bars `checkBar` would say anything about (a clean bar has a finite volume,
    /// a positive low, and a high and low that bound open and close), and the longest run of
    /// flat bars at one price, which the stale-run check needs to beat.
    static func suspectBars(_ b: BarColumns) -> (suspects: [Int], longestFlatRun: Int) {
        var suspects: [Int] = []
        var (run, longest) = (0, 0)
        b.volume.withUnsafeBufferPointer { volume in
            b.open.withUnsafeBufferPointer { open in
                b.high.withUnsafeBufferPointer { high in
                    b.low.withUnsafeBufferPointer { low in
                        b.close.withUnsafeBufferPointer { close in
                            var previous = Int64.min
                            for i in 0..<b.count {
                                let (o, h, l, c) = (open[i], high[i], low[i], close[i])
                                // `&` rather than `&&`: one well-predicted branch per bar, not four.
                                let clean = volume[i].isFinite.bit & (l > 0).bit & (h >= max(o, c)).bit & (l <= min(o, c)).bit
                                if clean == 0 { suspects.append(i) }
                                let flat = (o == c).bit & (h == c).bit & (l == c).bit
                                if flat | run != 0 {  // rare: most bars are not flat
                                    run = flat == 0 ? 0 : (run > 0 && c == previous ? run + 1 : 1)
                                    longest = max(longest, run)
                                }
                                previous = c
                            }
                        }
                    }
                }
            }
        }
        return (suspects, longest)
    }

    /// Ticks: non-finite volume, non-positive prices, and crossed quotes (bid above ask).
    func checkTicks(_ work: inout ValidationWork) -> [Finding] {
        guard work.payload.kind == "ticks" else { return [] }
        let rows = work.rows
        let missing = TickColumns.missing
        var nonFinite = FindingDraft(.nonFinite, action(.nonFinite), maxRepairs: policy.maxRepairRecords)
        var nonPositive = FindingDraft(.nonPositivePrice, action(.nonPositivePrice))
        var crossed = FindingDraft(.crossedQuote, action(.crossedQuote))
        var removed: [Int] = []
        work.repairTicks { t in
            for i in 0..<t.count {
                if !t.volume[i].isFinite {
                    nonFinite.add(row: rows[i], time: t.time[i], "volume \(t.volume[i])")
                    if nonFinite.action == .repair {
                        nonFinite.repaired(row: rows[i], field: "volume", old: "\(t.volume[i])", new: "0")
                        t.volume[i] = 0
                    } else if Self.removes(nonFinite.action) { removed.append(i); continue }
                }
                let (bid, ask, last) = (t.bid[i], t.ask[i], t.last[i])
                func bad(_ price: Int64) -> Bool { price != missing && price <= 0 }
                if bad(bid) || bad(ask) || bad(last) {
                    let (side, price) = bad(bid) ? ("bid", bid) : bad(ask) ? ("ask", ask) : ("last", last)
                    nonPositive.add(row: rows[i], time: t.time[i], "\(side) \(ValidationText.price(price, digits: digits))")
                    if Self.removes(nonPositive.action) { removed.append(i); continue }
                }
                if bid != missing, ask != missing, bid > ask {
                    crossed.add(row: rows[i], time: t.time[i],
                                "bid \(ValidationText.price(bid, digits: digits)) > ask \(ValidationText.price(ask, digits: digits))")
                    if Self.removes(crossed.action) { removed.append(i) }
                }
            }
        }
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
