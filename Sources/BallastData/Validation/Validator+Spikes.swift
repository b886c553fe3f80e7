import BallastCore

extension Validator {
    /// Flags bad prints: a point whose return is extreme *and* is undone by the next return.
    ///
    /// Returns are log returns of the close (bars), of the mid or last price (ticks), or plain
    /// differences (values, which may be zero or negative). Each is scored by a robust z-score
    /// against the median and MAD of its block of `spikeWindow` returns, so one wild print cannot
    /// inflate the scale that judges it (see `SpikeScorer`). A spike needs an extreme move out and
    /// an extreme move back of at least half the size: the bar that went out is flagged, not the
    /// neighbour that reverts, and a genuine step change (out, no way back) is not flagged at all.
    func flagSpikes(_ work: inout ValidationWork) -> [Finding] {
        let series = SpikeSeries(work.payload, digits: digits, pricesPositive: work.facts.barsClean)
        guard series.count >= 3 else { return [] }
        let scorer = SpikeScorer(window: policy.spikeWindow, threshold: policy.spikeThreshold, digits: digits)
        var draft = FindingDraft(.spike, action(.spike))
        var removed: [Int] = []
        let times = work.payload.times
        for k in Self.spikePoints(scorer.extremes(of: series)) {
            let out = k.out.z
            let i = series.row(k.point)
            let z = Int(max(min(out.rounded(), 1e15), -1e15))  // clamped: a z beyond Int would trap
            draft.add(row: work.rows[i], time: times[i],
                      "\(series.label) \(series.text(k.point)) between \(series.text(k.point - 1)) and \(series.text(k.point + 1)) (z \(z))")
            if Self.removes(draft.action) { removed.append(i) }
        }
        work.remove(removed)
        let noun = self.noun(work.payload)
        let message = "\(ValidationText.plural(draft.count, noun, "jumps", "jump")) away and straight back "
            + "(robust z-score above \(Int(policy.spikeThreshold)) both ways), which looks like bad prints; \(draft.action.outcome(draft.count))."
        return draft.finish(message).map { [$0] } ?? []
    }

    /// The points that went out and came back: point `k` when returns `k − 1` (out) and `k` (back)
    /// are both extreme, of opposite signs, and the way back is at least half the way out. A
    /// flagged point's neighbour is not flagged too (it is the one that reverted).
    static func spikePoints(_ extremes: [SpikeScorer.Extreme]) -> [(point: Int, out: SpikeScorer.Extreme)] {
        var points: [(point: Int, out: SpikeScorer.Extreme)] = []
        var next = 1
        for (out, back) in zip(extremes, extremes.dropFirst()) where back.index == out.index + 1 && back.index >= next {
            let (r1, r2) = (out.value, back.value)
            if (r1 > 0) != (r2 > 0), abs(r2) >= 0.5 * abs(r1) {
                points.append((back.index, out))
                next = back.index + 2
            }
        }
        return points
    }
}
