import BallastCore

extension Validator {
    /// Counts bars (or ticks) stamped while the calendar says the market is closed. The usual
    /// cause is a wrong time zone, so for intraday data every whole-hour shift from −12 to +12 is
    /// tried on a sample, and one that clears at least 90% of those rows (leaving under 1% closed)
    /// is named. Daily and longer bars are not shifted: an hour moves a day bar into the next day.
    func checkSessions(_ work: inout ValidationWork) -> [Finding] {
        guard let calendar, work.payload.kind != "values", work.count > 0 else { return [] }
        let t = work.payload.times
        let length = barLength(work.payload)
        var probe = SessionProbe(calendar: calendar)
        var draft = FindingDraft(.closedSessionBars, action(.closedSessionBars))
        var removed: [Int] = []
        let rows = work.rows
        t.withUnsafeBufferPointer { t in
            var i = probe.firstClosed(in: t, from: 0)
            while i < t.count {
                // A bar stamped at a closed instant may still overlap an open session.
                if isClosed(t[i], length, &probe) {
                    draft.add(row: rows[i], time: t[i], "market closed")
                    if Self.removes(draft.action) { removed.append(i) }
                }
                i = probe.firstClosed(in: t, from: i + 1)
            }
        }
        work.remove(removed)
        let noun = self.noun(work.payload)
        var message = "\(draft.count) of \(t.count) \(noun)s fall when the market is closed"
        let intraday = (length ?? 0) < Timestamp.nanosPerDay
        if draft.count >= 10, intraday, let hint = zoneShift(t, length, calendar, noun) {
            message += "; the file's time zone (\(zone.name)) is probably wrong" + hint
        } else if Double(draft.count) >= policy.closedShareForZoneHint * Double(t.count) {
            message += "; the file's time zone (\(zone.name)) or the calendar is probably wrong (try --tz with the broker's server zone)"
        }
        return draft.finish(message + "; \(draft.action.outcome(draft.count)).").map { [$0] } ?? []
    }

    /// " (try --tz UTC+2: shifting every bar by −2 h puts 99.8% of them in open sessions)", or nil
    /// when no whole-hour shift explains the closed rows.
    private func zoneShift(_ t: [Int64], _ length: Int64?, _ calendar: any TradingCalendar, _ noun: String) -> String? {
        let sample = Array(stride(from: 0, to: t.count, by: max(1, t.count / 4000)))
        var baseline = 0
        var best: (hours: Int, closed: Int)?
        for hours in [0] + Array(1...12).flatMap({ [-$0, $0] }) {
            var probe = SessionProbe(calendar: calendar, shift: Int64(hours) * 3600 * Timestamp.nanosPerSecond)
            var closed = 0
            for i in sample where isClosed(t[i], length, &probe) { closed += 1 }
            if hours == 0 { baseline = closed } else if closed < (best?.closed ?? Int.max) { best = (hours, closed) }
        }
        guard let best, baseline > 0, best.closed * 10 <= baseline, best.closed * 100 <= sample.count else { return nil }
        let open = ValidationText.percent(sample.count - best.closed, of: sample.count)
        let sign = best.hours > 0 ? "+" : "−"
        return " (try --tz \(suggestedZone(shiftHours: best.hours, at: t[t.count / 2])): shifting every \(noun) by "
            + "\(sign)\(abs(best.hours)) h puts \(open) of them in open sessions)"
    }

    /// The zone that moves every time by `hours`: a time read in zone Z that is `hours` too early
    /// in UTC was really written in a zone `hours` further west.
    func suggestedZone(shiftHours hours: Int, at time: Int64) -> String {
        let delta = -hours * 3600
        let upper = zone.name.uppercased()
        if zone.isFixed { return TimeZoneRule.fixed(seconds: Int(zone.offsets[0]) + delta).name }
        if upper == "AMERICA/NEW_YORK" || upper.hasPrefix("NY") {
            let base = upper == "AMERICA/NEW_YORK" || upper == "NY" ? 0 : TimeZoneRule.parseOffset(String(upper.dropFirst(2))) ?? 0
            let total = (base + delta) / 3600
            return total == 0 ? "NY" : "NY" + (total > 0 ? "+" : "-") + String(abs(total))
        }
        let offset = zone.offset(atUTC: floorDiv(time, Timestamp.nanosPerSecond))
        return TimeZoneRule.fixed(seconds: offset + delta).name
    }

    private func isClosed(_ time: Int64, _ length: Int64?, _ probe: inout SessionProbe) -> Bool {
        if let length { return !probe.isOpen(from: time, length: length) }
        return !probe.isOpen(at: time)
    }

    /// Bar length in nanoseconds: the timeframe's, or the most common spacing; nil for ticks and values.
    func barLength(_ payload: ReadResult.Payload) -> Int64? {
        guard case .bars(let b) = payload else { return nil }
        if let timeframe { return timeframe.seconds * Timestamp.nanosPerSecond }
        guard b.count > 1 else { return 60 * Timestamp.nanosPerSecond }
        var counts: [Int64: Int] = [:]
        for i in 1..<min(b.count, 10_000) where b.time[i] > b.time[i - 1] { counts[b.time[i] - b.time[i - 1], default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 60 * Timestamp.nanosPerSecond
    }

    /// Runs of at least `staleRunLength` bars with open = high = low = close at one price while the
    /// market is open: a frozen feed, not a quiet market. Under `drop` the repeats go, the first stays.
    func checkStaleRuns(_ work: inout ValidationWork) -> [Finding] {
        guard case .bars(let b) = work.payload, b.count > 0 else { return [] }
        // `checkBars` saw every bar: with no flat run long enough, no pass is needed.
        if let longest = work.facts.longestFlatRun, longest < policy.staleRunLength { return [] }
        var probe = calendar.map { SessionProbe(calendar: $0) }
        let length = barLength(work.payload) ?? 0
        var draft = FindingDraft(.staleRun, action(.staleRun))
        var removed: [Int] = []
        var barsInRuns = 0
        var runStart = -1
        func finish(_ start: Int, _ end: Int) {
            guard end - start >= policy.staleRunLength else { return }
            draft.add(row: work.rows[start], time: b.time[start],
                      "\(end - start) flat bars at \(ValidationText.price(b.close[start], digits: digits)) until \(ValidationText.time(b.time[end - 1]))")
            barsInRuns += end - start
            if Self.removes(draft.action) { removed += Array(start + 1..<end) }
        }
        for i in 0..<b.count {
            let flat = b.open[i] == b.close[i] && b.high[i] == b.close[i] && b.low[i] == b.close[i]
                && (probe?.isOpen(from: b.time[i], length: length) ?? true)
            if flat, runStart >= 0, b.close[i] == b.close[i - 1] { continue }
            if runStart >= 0 { finish(runStart, i) }
            runStart = flat ? i : -1
        }
        if runStart >= 0 { finish(runStart, b.count) }
        work.remove(removed)
        let how = draft.action == .drop ? "all but the first bar of each run were dropped" : draft.action.outcome(draft.count)
        let runs = ValidationText.plural(draft.count, "run")
        let message = "\(runs) of at least \(policy.staleRunLength) identical flat bars (\(barsInRuns) bars in all) while the "
            + "market is open \(draft.count == 1 ? "suggests" : "suggest") a frozen feed; \(how)."
        return draft.finish(message).map { [$0] } ?? []
    }
}
