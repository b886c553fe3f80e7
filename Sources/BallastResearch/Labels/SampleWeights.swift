/// Sample weights for overlapping labels (López de Prado, *Advances in Financial Machine
/// Learning*, ch. 4): labels whose spans overlap share information, so each is weighted by its
/// average uniqueness, optionally decayed linearly so older observations count less.
public enum SampleWeights {
    /// How many event spans (inclusive bar ranges) cover each of `barCount` bars.
    public static func concurrency(spans: [ClosedRange<Int>], barCount: Int) -> [Int] {
        var delta = [Int](repeating: 0, count: barCount + 1)
        for span in spans {
            delta[span.lowerBound] += 1
            delta[span.upperBound + 1] -= 1
        }
        var out = [Int](repeating: 0, count: barCount), running = 0
        for t in 0..<barCount {
            running += delta[t]
            out[t] = running
        }
        return out
    }

    /// Each event's average uniqueness: the mean over the bars of its span of 1 / (the number of
    /// spans covering that bar). 1 for an event that overlaps no other.
    public static func averageUniqueness(spans: [ClosedRange<Int>], barCount: Int) -> [Double] {
        let c = concurrency(spans: spans, barCount: barCount)
        // Prefix sums of 1/c make each event's mean O(1).
        var prefix = [Double](repeating: 0, count: barCount + 1)
        for t in 0..<barCount { prefix[t + 1] = prefix[t] + (c[t] > 0 ? 1 / Double(c[t]) : 0) }
        return spans.map { (prefix[$0.upperBound + 1] - prefix[$0.lowerBound]) / Double($0.count) }
    }

    /// Linear time-decay factors over cumulative uniqueness (events in time order): the newest
    /// gets 1; with `oldestWeight` c in 0...1 the oldest gets c; with c in −1..<0 the oldest
    /// fraction |c| of the cumulative uniqueness gets 0. c = 1 means no decay.
    public static func timeDecay(uniqueness: [Double], oldestWeight c: Double) -> [Double] {
        precondition(c > -1 && c <= 1, "the oldest weight must be in (−1, 1]")
        var cumulative = uniqueness
        for i in cumulative.indices.dropFirst() { cumulative[i] += cumulative[i - 1] }
        guard let total = cumulative.last, total > 0 else { return uniqueness.map { _ in 1 } }
        let slope = c >= 0 ? (1 - c) / total : 1 / ((c + 1) * total)
        let constant = 1 - slope * total
        return cumulative.map { max(0, constant + slope * $0) }
    }

    /// Average uniqueness times the time-decay factor, per event (events in time order).
    public static func weights(spans: [ClosedRange<Int>], barCount: Int, oldestWeight: Double = 1) -> [Double] {
        let u = averageUniqueness(spans: spans, barCount: barCount)
        return zip(u, timeDecay(uniqueness: u, oldestWeight: oldestWeight)).map { $0 * $1 }
    }
}
