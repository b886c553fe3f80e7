import BallastCore

extension Validator {
    /// Puts rows in time order. A file whose times only ever decrease (old Yahoo downloads) is
    /// newest-first: it is reversed and reported once rather than as thousands of disorders.
    func order(_ work: inout ValidationWork) -> [Finding] {
        let t = work.payload.times
        guard t.count > 1 else { return [] }
        // Counting first (branch-free, vectorized) finds the usual sorted file at memory speed.
        let (increases, decreaseCount) = t.withUnsafeBufferPointer { t in
            var (up, down) = (0, 0)
            for i in 1..<t.count {
                up &+= (t[i] > t[i - 1]).bit
                down &+= (t[i] < t[i - 1]).bit
            }
            return (up, down)
        }
        guard decreaseCount > 0 else {
            work.facts.timesIncrease = increases == t.count - 1
            return []
        }
        let decreases = (1..<t.count).filter { t[$0] < t[$0 - 1] }
        let noun = self.noun(work.payload)
        var act = action(.outOfOrder)
        var draft: FindingDraft
        let message: String
        if increases == 0 {
            // Dropping every row after the first would keep one row: a reversed file is repaired instead.
            if act == .drop { act = .repair }
            draft = FindingDraft(.outOfOrder, act)
            draft.add(row: work.rows[0], time: t[0], "newest first, from \(ValidationText.time(t[0])) back to \(ValidationText.time(t[t.count - 1]))")
            let fix = act == .repair ? "they were put in time order" : act.outcome(t.count)
            message = "The file lists its \(t.count) \(noun)s newest first; \(fix)."
        } else {
            draft = FindingDraft(.outOfOrder, act)
            for i in decreases {
                draft.add(row: work.rows[i], time: t[i], "\(ValidationText.time(t[i])) follows \(ValidationText.time(t[i - 1]))")
            }
            let fix = act == .repair ? "all rows were sorted by time (stable)" : act.outcome(t.count)
            message = "\(ValidationText.plural(decreases.count, noun, "comes", "come")) earlier than the \(noun) before \(decreases.count == 1 ? "it" : "them"); \(fix)."
        }
        switch act {
        case .repair:
            work.keep(t.indices.sorted { (t[$0], $0) < (t[$1], $1) })
        case .drop:
            var latest = Int64.min
            work.keep(t.indices.filter { i in
                defer { latest = max(latest, t[i]) }
                return t[i] >= latest
            })
        case .report, .reject:
            break
        }
        return draft.finish(message).map { [$0] } ?? []
    }

    /// Finds rows sharing a timestamp (adjacent once sorted) and keeps the first of each.
    /// Ticks may legitimately share a timestamp, so for them only exact repeats count.
    func deduplicate(_ work: inout ValidationWork) -> [Finding] {
        guard !work.facts.timesIncrease else { return [] }
        let payload = work.payload
        let t = payload.times
        let isTicks = payload.kind == "ticks"
        var identical = FindingDraft(.duplicate, action(.duplicate))
        var conflicting = FindingDraft(.conflictingDuplicate, action(.conflictingDuplicate))
        var removed: [Int] = []
        var first = 0
        for i in t.indices.dropFirst() {
            if t[i] != t[first] { first = i; continue }
            if payload.rowsEqual(isTicks ? i - 1 : first, i) {
                identical.add(row: work.rows[i], time: t[i], "repeats row \(work.rows[first] + 1)")
                if Self.removes(identical.action) { removed.append(i) }
            } else if !isTicks {
                conflicting.add(row: work.rows[i], time: t[i],
                                difference(payload, first, i) + " in row \(work.rows[first] + 1)")
                if Self.removes(conflicting.action) { removed.append(i) }
            }
        }
        work.remove(removed)
        let noun = self.noun(payload)
        var findings: [Finding] = []
        let keep = identical.action == .drop ? "the first copy was kept" : identical.action.outcome(identical.count)
        if let f = identical.finish("\(ValidationText.plural(identical.count, noun, "repeats", "repeat")) an earlier \(noun) exactly; \(keep).") {
            findings.append(f)
        }
        let how = conflicting.action == .drop ? "the first copy was kept" : conflicting.action.outcome(conflicting.count)
        if let f = conflicting.finish("\(ValidationText.plural(conflicting.count, noun, "shares", "share")) a timestamp with an earlier \(noun) yet different values (two feeds spliced, or a wrong zone at a daylight-saving change); \(how).") {
            findings.append(f)
        }
        return findings
    }

    /// The first field where rows `i` and `j` differ: "close 1.10030 vs 1.10010".
    private func difference(_ payload: ReadResult.Payload, _ i: Int, _ j: Int) -> String {
        func p(_ raw: Int64) -> String { ValidationText.price(raw, digits: digits) }
        switch payload {
        case .bars(let b):
            let fields: [(String, [Int64])] = [("open", b.open), ("high", b.high), ("low", b.low), ("close", b.close)]
            for (name, column) in fields where column[i] != column[j] { return "\(name) \(p(column[j])) vs \(p(column[i]))" }
            if b.tickVolume[i] != b.tickVolume[j] { return "tick volume \(b.tickVolume[j]) vs \(b.tickVolume[i])" }
            return "volume or spread differs"
        case .values(let v):
            return "value \(v.value[j]) vs \(v.value[i])"
        case .ticks:
            return "values differ"
        }
    }
}
