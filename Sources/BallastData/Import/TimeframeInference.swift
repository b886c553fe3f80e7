import BallastCore

/// Guesses a bar series' timeframe from the spacing of its times, for files that do not say.
enum TimeframeInference {
    /// The timeframe whose length is the most common gap between consecutive bars among the
    /// first 2,000, or nil when that gap is not an MT5 timeframe.
    static func infer(_ times: [Int64]) -> Timeframe? {
        guard times.count >= 2 else { return nil }
        var counts: [Int64: Int] = [:]
        for i in 1..<min(times.count, 2_000) {
            let gap = abs(times[i] - times[i - 1]) / Timestamp.nanosPerSecond
            if gap > 0 { counts[gap, default: 0] += 1 }
        }
        guard let (seconds, _) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        if let exact = Timeframe.allCases.first(where: { $0.seconds == seconds && $0 != .mn1 }) { return exact }
        if (2_419_200...2_678_400).contains(seconds) { return .mn1 }
        return nil
    }
}
