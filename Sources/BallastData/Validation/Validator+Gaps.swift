import BallastCore

extension Validator {
    /// Gaps between consecutive rows longer than one bar (bars) or than `tickGapSeconds` (ticks).
    ///
    /// With a calendar, a gap the market was closed for throughout is an expected closure
    /// (aggregated into one informational finding); a gap with any open bar-sized slot is missing
    /// data, with the number of open slots as the missing bars. Without a calendar, gaps are
    /// reported under missing data as unclassified. Values (irregular macro series) are not checked.
    func checkGaps(_ work: inout ValidationWork, notes: inout [String]) -> [Finding] {
        let payload = work.payload
        guard payload.kind != "values", payload.count > 1 else { return [] }
        let t = payload.times
        let length = barLength(payload)
        if case .bars = payload, timeframe == nil, let length {
            notes.append("no timeframe was given; bars were taken to be \(ValidationText.duration(length)) apart (the most common spacing)")
        }
        let limit = gapLimit(length)
        var closures = GapTally(.expectedClosure, action(.expectedClosure))
        var missing = GapTally(.missingData, action(.missingData))
        var probe = calendar.map { SessionProbe(calendar: $0) }
        for i in Self.gapIndices(t, longerThan: limit) {
            let (a, b) = (t[i - 1], t[i])
            let slot = length ?? limit
            let start = a + (length ?? 0)
            guard var gapProbe = probe else {
                missing.add(row: work.rows[i], from: start, to: b, bars: length.map { Int((b - start) / $0) })
                continue
            }
            // The probe goes back after each gap: it remembers the session it last learned.
            defer { probe = gapProbe }
            if let length {
                let open = openSlots(&gapProbe, from: start, to: b, length: length)
                if open.count == 0 { closures.add(row: work.rows[i], from: start, to: b, bars: nil) }
                else { missing.add(row: work.rows[i], from: open.first, to: b, bars: open.count) }
            } else {
                let open = gapProbe.openTime(from: a, to: b, step: max(slot / 10, Timestamp.nanosPerSecond), enough: slot)
                if open <= slot { closures.add(row: work.rows[i], from: a, to: b, bars: nil) }
                else { missing.add(row: work.rows[i], from: a, to: b, bars: nil) }
            }
        }
        let noun = self.noun(payload)
        return [
            missing.finish(noun: noun, classified: calendar != nil),
            closures.finish(noun: noun, classified: true),
        ].compactMap { $0 }
    }

    /// Indices `i` where the time from row `i - 1` to row `i` exceeds `limit`: a tight pass, since
    /// gaps are few (weekends) among millions of rows.
    static func gapIndices(_ times: [Int64], longerThan limit: Int64) -> [Int] {
        var gaps: [Int] = []
        times.withUnsafeBufferPointer { t in
            for i in t.indices.dropFirst() where t[i] - t[i - 1] > limit { gaps.append(i) }
        }
        return gaps
    }

    /// The spacing above which consecutive rows leave a gap.
    private func gapLimit(_ length: Int64?) -> Int64 {
        guard let length else { return policy.tickGapSeconds * Timestamp.nanosPerSecond }
        // Months vary from 28 to 31 days; the nominal 30-day MN1 length would see gaps everywhere.
        if timeframe == .mn1 { return 32 * Timestamp.nanosPerDay }
        return length
    }

    /// The bar slots of `[start, end)` in which the market is open at some point: their count and
    /// the first one. Huge gaps are cut at 100,000 slots; the count is then a lower bound.
    private func openSlots(_ probe: inout SessionProbe, from start: Int64, to end: Int64, length: Int64) -> (count: Int, first: Int64) {
        var count = 0
        var first = start
        var s = start
        var examined = 0
        while s < end, examined < 100_000 {
            // A weekend is thousands of M1 slots: skip every whole slot the calendar says is closed.
            let (open, until) = probe.state(at: s)
            if !open {
                guard until < end else { break }
                let closed = (until - s) / length
                if closed > 0 {
                    s += closed * length
                    examined += Int(closed)
                    continue
                }
            }
            if Self.slotIsOpen(&probe, from: s, length: min(length, end - s)) {
                if count == 0 { first = s }
                count += 1
            }
            s += length
            examined += 1
        }
        return (count, first)
    }
}

extension Validator {
    /// Whether a bar slot counts as a trading slot. Intraday: open at any moment of it. Daily and
    /// longer: open for at least half of it, so the two hours an FX week opens on a Sunday (UTC)
    /// do not make every Sunday a missing D1 bar (vendors fold them into Monday's bar).
    static func slotIsOpen(_ probe: inout SessionProbe, from start: Int64, length: Int64) -> Bool {
        guard length >= Timestamp.nanosPerDay else { return probe.isOpen(from: start, length: length) }
        let half = length / 2
        return probe.openTime(from: start, to: start + length, step: 15 * 60 * Timestamp.nanosPerSecond, enough: half) >= half
    }
}

/// Aggregates gaps of one kind into a finding: count, total missing bars, and the longest.
struct GapTally {
    var draft: FindingDraft
    var missingBars = 0
    var longest: (from: Int64, to: Int64)?

    init(_ kind: FindingKind, _ action: FindingAction) { draft = FindingDraft(kind, action) }

    mutating func add(row: Int, from: Int64, to: Int64, bars: Int?) {
        let span = "no data from \(ValidationText.time(from)) to \(ValidationText.time(to))"
        draft.add(row: row, time: from, span + (bars.map { " (\(ValidationText.plural($0, "bar")) missing)" } ?? ""))
        missingBars += bars ?? 0
        if to - from > (longest.map { $0.to - $0.from } ?? -1) { longest = (from, to) }
    }

    func finish(noun: String, classified: Bool) -> Finding? {
        let longestText = longest.map {
            "the longest lasts \(ValidationText.duration($0.to - $0.from)) from \(ValidationText.time($0.from))"
        } ?? ""
        let one = draft.count == 1
        let gaps = ValidationText.plural(draft.count, "gap")
        let bars = missingBars > 0 ? ", \(ValidationText.plural(missingBars, noun)) missing in all" : ""
        switch (draft.kind, classified) {
        case (.expectedClosure, _):
            return draft.finish("\(gaps) \(one ? "falls" : "fall") entirely in closed sessions (weekends, holidays) and \(one ? "is" : "are") expected; \(longestText).")
        case (_, true):
            return draft.finish("\(gaps) \(one ? "falls" : "fall") while the market is open\(bars); \(longestText).")
        default:
            return draft.finish("\(gaps) \(one ? "is" : "are") unclassified because no trading calendar was given\(bars); \(longestText).")
        }
    }
}
