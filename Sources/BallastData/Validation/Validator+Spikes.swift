import BallastCore
import Foundation

extension Validator {
    /// Flags bad prints: a point whose return is extreme *and* is undone by the next return.
    ///
    /// Returns are log returns of the close (bars), of the mid or last price (ticks), or plain
    /// differences (values, which may be zero or negative). Each is scored by a robust z-score
    /// against the median and MAD of its block of `spikeWindow` returns, so one wild print cannot
    /// inflate the scale that judges it. A spike needs an extreme move out and an extreme move
    /// back of at least half the size: the bar that went out is flagged, not the neighbour that
    /// reverts, and a genuine step change (out, no way back) is not flagged at all.
    func flagSpikes(_ work: inout ValidationWork) -> [Finding] {
        let series = SpikeSeries(work.payload, digits: digits)
        let m = series.points.count
        guard m >= 3 else { return [] }
        let z = series.robustScores(window: policy.spikeWindow)
        let threshold = policy.spikeThreshold
        var draft = FindingDraft(.spike, action(.spike))
        var removed: [Int] = []
        var k = 1
        while k < m - 1 {
            let out = z[k - 1], back = z[k]
            let r1 = series.returns[k - 1], r2 = series.returns[k]
            if abs(out) > threshold, abs(back) > threshold, (r1 > 0) != (r2 > 0), abs(r2) >= 0.5 * abs(r1) {
                let i = series.points[k]
                draft.add(row: work.rows[i], time: work.payload.times[i],
                          "\(series.label) \(series.text(k)) between \(series.text(k - 1)) and \(series.text(k + 1)) (z \(Int(out.rounded())))")
                if Self.removes(draft.action) { removed.append(i) }
                k += 2
            } else {
                k += 1
            }
        }
        work.remove(removed)
        let noun = self.noun(work.payload)
        let message = "\(ValidationText.plural(draft.count, noun, "jumps", "jump")) away and straight back "
            + "(robust z-score above \(Int(threshold)) both ways), which looks like bad prints; \(draft.action.outcome(draft.count))."
        return draft.finish(message).map { [$0] } ?? []
    }
}

/// The one price per row that spikes are judged on, and its returns.
struct SpikeSeries {
    /// Row index (in the current payload) of each point.
    var points: [Int] = []
    var values: [Double] = []
    /// `returns[k]` goes from point `k` to point `k + 1`.
    var returns: [Double] = []
    /// Smallest meaningful scale per return (one price tick), so a flat block cannot make z infinite.
    var floors: [Double] = []
    var label = "close"
    let digits: Int
    let isPrice: Bool

    init(_ payload: ReadResult.Payload, digits: Int) {
        self.digits = digits
        switch payload {
        case .bars(let b):
            isPrice = true
            for i in 0..<b.count where b.close[i] > 0 { points.append(i); values.append(Double(b.close[i])) }
        case .ticks(let t):
            isPrice = true
            let missing = TickColumns.missing
            let quoted = t.bid.indices.filter { t.bid[$0] > 0 && t.ask[$0] > 0 && t.bid[$0] != missing && t.ask[$0] != missing }
            if quoted.count * 2 >= t.count {
                label = "mid"
                for i in quoted { points.append(i); values.append((Double(t.bid[i]) + Double(t.ask[i])) / 2) }
            } else {
                label = "last"
                for i in 0..<t.count where t.last[i] > 0 && t.last[i] != missing { points.append(i); values.append(Double(t.last[i])) }
            }
        case .values(let v):
            isPrice = false
            label = "value"
            for i in 0..<v.count where v.value[i].isFinite { points.append(i); values.append(v.value[i]) }
        }
        let tick = Double(FixedDecimal.power10[Price.decimals - digits])
        for k in values.indices.dropLast() {
            if isPrice {
                returns.append(log(values[k + 1] / values[k]))
                floors.append(tick / values[k])
            } else {
                returns.append(values[k + 1] - values[k])
                floors.append(1e-12 * max(1, abs(values[k])))
            }
        }
    }

    /// The point's value as text: a price with the series' digits, or the plain number.
    func text(_ k: Int) -> String {
        isPrice ? ValidationText.price(Int64(values[k].rounded()), digits: digits) : "\(values[k])"
    }

    /// Robust z-score of every return against the median and MAD of its block.
    func robustScores(window: Int) -> [Double] {
        var z = [Double](repeating: 0, count: returns.count)
        var start = 0
        while start < returns.count {
            var end = min(start + window, returns.count)
            if returns.count - end < window / 2 { end = returns.count }
            let block = Array(returns[start..<end])
            let center = Self.median(block)
            var scale = 1.4826 * Self.median(block.map { abs($0 - center) })
            if scale == 0 { scale = 1.2533 * block.reduce(0) { $0 + abs($1 - center) } / Double(block.count) }
            for k in start..<end { z[k] = (returns[k] - center) / max(scale, floors[k]) }
            start = end
        }
        return z
    }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
