/// Percentiles of a list of latencies in seconds, reported in milliseconds.
struct LatencySummary {
    let sorted: [Double]

    init(_ seconds: [Double]) { sorted = seconds.sorted() }

    /// The `fraction` quantile (nearest rank), in milliseconds; 0 when empty.
    func milliseconds(at fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)] * 1_000
    }
}
